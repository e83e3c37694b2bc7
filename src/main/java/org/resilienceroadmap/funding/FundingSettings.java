package org.resilienceroadmap.funding;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often programme reports fall due: {@code roadmap.funding.report-cycle}, an ISO-8601 period (semi-annual by default). */
@ConfigurationProperties("roadmap.funding")
record FundingSettings(@DefaultValue("P6M") Period reportCycle) {

    FundingSettings {
        if (reportCycle.isNegative() || reportCycle.isZero()) {
            throw new IllegalArgumentException("roadmap.funding.report-cycle must be a positive period, e.g. P6M");
        }
    }
}
