package org.resilienceroadmap.portfolio.comparison.api;

import java.time.LocalDate;

import org.resilienceroadmap.portfolio.comparison.StageQuarter;

/** The cities in each stage at a quarter's end; {@code toDate} marks the running quarter, counted to today. */
record StageQuarterJson(
        LocalDate quarterEnd,
        boolean toDate,
        int notJoined,
        int joined,
        int stageA,
        int stageB,
        int stageC,
        int total) {

    static StageQuarterJson of(StageQuarter q) {
        return new StageQuarterJson(
                q.quarterEnd(),
                q.toDate(),
                q.notJoined(),
                q.joined(),
                q.knowBetter(),
                q.planBetter(),
                q.implementBetter(),
                q.total());
    }
}
