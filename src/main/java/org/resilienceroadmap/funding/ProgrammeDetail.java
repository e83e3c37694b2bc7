package org.resilienceroadmap.funding;

import java.util.List;

/**
 * A programme with its results framework, budget and money paid, as one reader may see it. {@code impact}
 * is its overall objective above the outcomes (null when none is stated).
 */
public record ProgrammeDetail(
        ProgrammeSummary summary,
        String description,
        String reportingOrgRef,
        String reportingOrgType,
        String implementer,
        List<String> components,
        List<ResultLine> results,
        List<IndicatorLine> indicators,
        List<BudgetLineFigure> budgetLines,
        List<DisbursementLine> disbursements,
        List<IndicatorVersion> indicatorVersions,
        String impact,
        List<ResultVersion> resultVersions) {

    /** The version of each indicator, for an edit to name what it changes. */
    public record IndicatorVersion(String code, long version) {}

    /** The version of each outcome and output, for an edit to name what it changes. */
    public record ResultVersion(String code, long version) {}
}
