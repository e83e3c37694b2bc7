package org.resilienceroadmap.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a programme report shows, compiled from live data at one moment. A submitted report
 * keeps this as it was (stored as JSON), so later work never changes what the donor received. The
 * funnel counts local governments; {@code joinedAbove} the countries and regions that joined too (null
 * in reports compiled before it was kept).
 */
public record ReportContent(
        ProgrammeFacts programme,
        Instant compiledAt,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<StageCount> funnel,
        List<ResultLine> results,
        List<IndicatorLine> indicators,
        List<JurisdictionProgress> jurisdictions,
        Spending spending,
        List<OverdueAction> overdueActions,
        List<DecisionLine> decisions,
        JoinedAbove joinedAbove) {

    public ReportContent(
            ProgrammeFacts programme,
            Instant compiledAt,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<StageCount> funnel,
            List<ResultLine> results,
            List<IndicatorLine> indicators,
            List<JurisdictionProgress> jurisdictions,
            Spending spending,
            List<OverdueAction> overdueActions,
            List<DecisionLine> decisions) {
        this(
                programme,
                compiledAt,
                periodStart,
                periodEnd,
                funnel,
                results,
                indicators,
                jurisdictions,
                spending,
                overdueActions,
                decisions,
                null);
    }

    /** Whether the programme's period ended before the day these figures were compiled. */
    public boolean programmeEnded(LocalDate today) {
        return programme != null
                && programme.periodEnd() != null
                && programme.periodEnd().isBefore(today);
    }
}
