package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The headline of a programme as reports print it. */
public record ProgrammeFacts(
        Long id,
        String code,
        String title,
        String donor,
        String implementer,
        BigDecimal amount,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> components) {}
