package org.resilienceroadmap.roadmap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A programme a donor watches, with the roadmap stage of every jurisdiction it covers. */
public record ProgrammeOverview(
        Long id,
        String code,
        String title,
        String donor,
        BigDecimal amount,
        String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<JurisdictionView> covered) {}
