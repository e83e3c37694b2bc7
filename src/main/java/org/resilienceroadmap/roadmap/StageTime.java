package org.resilienceroadmap.roadmap;

import java.util.List;

/**
 * How long local governments stayed in one stage: the median of the stays that ended (null when none
 * has), how many ended, and how many are still in it (not in the median: their time is not yet known).
 */
public record StageTime(Double medianDays, int completed, int ongoing) {

    static StageTime of(List<Long> completedDays, int ongoing) {
        List<Long> sorted = completedDays.stream().sorted().toList();
        int n = sorted.size();
        Double median = n == 0
                ? null
                : n % 2 == 1 ? (double) sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return new StageTime(median, n, ongoing);
    }
}
