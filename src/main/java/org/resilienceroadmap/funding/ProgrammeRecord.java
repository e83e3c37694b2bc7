package org.resilienceroadmap.funding;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A programme as its public IATI record needs it. {@code recipientCountries} are ISO 3166-1 alpha-2
 * codes of the countries the programme covers. {@code periods}: each indicator's years (by indicator
 * code); an indicator without them is published with one period over its target year or the programme.
 */
public record ProgrammeRecord(
        ProgrammeFacts facts,
        String description,
        String reportingOrgRef,
        String reportingOrgType,
        List<String> recipientCountries,
        List<ResultLine> results,
        List<IndicatorLine> indicators,
        List<BudgetLineFigure> budgetLines,
        List<DisbursementLine> disbursements,
        Instant lastUpdated,
        Map<String, List<IndicatorPeriod>> periods) {

    public ProgrammeRecord(
            ProgrammeFacts facts,
            String description,
            String reportingOrgRef,
            String reportingOrgType,
            List<String> recipientCountries,
            List<ResultLine> results,
            List<IndicatorLine> indicators,
            List<BudgetLineFigure> budgetLines,
            List<DisbursementLine> disbursements,
            Instant lastUpdated) {
        this(
                facts,
                description,
                reportingOrgRef,
                reportingOrgType,
                recipientCountries,
                results,
                indicators,
                budgetLines,
                disbursements,
                lastUpdated,
                Map.of());
    }
}
