package org.resilienceroadmap.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a programme report shows, compiled from live data at one moment. A submitted report
 * keeps this as it was (stored as JSON), so later work never changes what the donor received.
 */
public record ReportContent(ProgrammeFacts programme, Instant compiledAt, LocalDate periodStart, LocalDate periodEnd,
        List<StageCount> funnel, List<ResultLine> results, List<IndicatorLine> indicators,
        List<JurisdictionProgress> jurisdictions, Spending spending, List<OverdueAction> overdueActions,
        List<DecisionLine> decisions) {
}
