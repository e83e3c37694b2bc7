package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's value in a month. */
public record SnapshotPoint(String indicatorCode, LocalDate month, BigDecimal value) {}
