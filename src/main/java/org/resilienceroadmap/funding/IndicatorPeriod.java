package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year of an indicator within a programme's period, as IATI publishes results: the target when it
 * falls in that year, and the actual as it stood at the year's end (or today, in the current year);
 * null where nothing was measured then.
 */
public record IndicatorPeriod(LocalDate start, LocalDate end, BigDecimal target, BigDecimal actual) {}
