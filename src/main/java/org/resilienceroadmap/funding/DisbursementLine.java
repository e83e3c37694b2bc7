package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid out under a programme. */
public record DisbursementLine(LocalDate paidOn, BigDecimal amount, String currency, String reference) {}
