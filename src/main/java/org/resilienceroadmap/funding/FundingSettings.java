package org.resilienceroadmap.funding;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How often programme reports fall due: {@code roadmap.funding.report-cycle}, an ISO-8601 period (semi-annual by default). */
@Component
class FundingSettings {

    private final Period reportCycle;

    FundingSettings(@Value("${roadmap.funding.report-cycle:P6M}") String reportCycle) {
        this.reportCycle = Period.parse(reportCycle);
        if (this.reportCycle.isNegative() || this.reportCycle.isZero()) {
            throw new IllegalArgumentException("roadmap.funding.report-cycle must be a positive period, e.g. P6M");
        }
    }

    Period reportCycle() {
        return reportCycle;
    }
}
