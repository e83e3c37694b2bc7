package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What an admin gives to open a programme. */
public record NewProgramme(
        String code,
        String title,
        String donor,
        BigDecimal amount,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        Set<Long> jurisdictionIds,
        String description,
        String reportingOrgRef,
        String reportingOrgType,
        String implementer,
        List<String> components) {}
