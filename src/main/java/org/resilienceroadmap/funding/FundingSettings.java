package org.resilienceroadmap.funding;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often programme reports fall due: {@code roadmap.funding.report-cycle}, an ISO-8601 period (semi-annual by
 * default); {@code roadmap.funding.spending-ahead-margin}: by how many percentage points an action's spending may run
 * ahead of its physical progress before it is flagged (25 by default).
 */
@ConfigurationProperties("roadmap.funding")
record FundingSettings(
        @DefaultValue("P6M") Period reportCycle,
        @DefaultValue("25") int spendingAheadMargin) {

    FundingSettings {
        if (reportCycle.isNegative() || reportCycle.isZero()) {
            throw new IllegalArgumentException("roadmap.funding.report-cycle must be a positive period, e.g. P6M");
        }
        if (spendingAheadMargin < 0 || spendingAheadMargin > 100) {
            throw new IllegalArgumentException("roadmap.funding.spending-ahead-margin must be 0 to 100 points");
        }
    }
}
