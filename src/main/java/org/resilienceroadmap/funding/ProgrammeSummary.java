package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A programme in a list: what it is, and whether this reader sees all of it and may manage it. */
public record ProgrammeSummary(Long id, String code, String title, String donor, BigDecimal amount, String currency,
        LocalDate periodStart, LocalDate periodEnd, List<String> covered, boolean whole, boolean mayManage) {
}
