package org.resilienceroadmap.portfolio.comparison.api;

import org.resilienceroadmap.roadmap.CountryStageTimes;
import org.resilienceroadmap.roadmap.StageTime;

/**
 * Per country: its compared cities, and per stage the median days of the stays that ended (null when
 * none has), how many ended and how many still run.
 */
record StageDaysJson(Long countryId, String country, int cities, StageDays stageA, StageDays stageB) {

    record StageDays(Double medianDays, int completed, int ongoing) {

        static StageDays of(StageTime t) {
            return new StageDays(t.medianDays(), t.completed(), t.ongoing());
        }
    }

    static StageDaysJson of(CountryStageTimes t) {
        return new StageDaysJson(
                t.country().id(),
                t.country().name(),
                t.localGovernments(),
                StageDays.of(t.knowBetter()),
                StageDays.of(t.planBetter()));
    }
}
