package org.resilienceroadmap.funding;

import java.time.Instant;
import java.util.List;

/**
 * A programme as its public IATI record needs it. {@code recipientCountries} are ISO 3166-1 alpha-2
 * codes of the countries the programme covers.
 */
public record ProgrammeRecord(ProgrammeFacts facts, String description, String reportingOrgRef,
        String reportingOrgType, List<String> recipientCountries, List<ResultLine> results,
        List<IndicatorLine> indicators, List<BudgetLineFigure> budgetLines, List<DisbursementLine> disbursements,
        Instant lastUpdated) {
}
