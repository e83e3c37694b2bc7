package org.resilienceroadmap.portfolio.comparison;

import java.time.LocalDate;

/**
 * Where the compared cities stood at the end of one quarter (for the running quarter: today): not
 * joined MCR2030 yet, joined without a stage yet (the entry being validated), or in stage A, B or C.
 */
public record StageQuarter(
        LocalDate quarterEnd,
        boolean toDate,
        int notJoined,
        int joined,
        int knowBetter,
        int planBetter,
        int implementBetter) {

    public int total() {
        return notJoined + joined + knowBetter + planBetter + implementBetter;
    }
}
