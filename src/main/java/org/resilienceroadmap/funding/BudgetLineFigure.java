package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A budget line of a programme: what is planned for a period. */
public record BudgetLineFigure(
        String title, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String currency) {}
