package org.resilienceroadmap.action;

import java.time.Instant;

/**
 * One jurisdiction's actions as a portfolio row shows them. {@code approved}: approved at some point and
 * not cancelled (under way, claimed or verified); {@code onTrack}: under way and not past due;
 * {@code overdue}: under way and past due; {@code completed}: verified. {@code reportsOverdue}: actions
 * under way for longer than one progress cycle with no report in the last cycle. {@code lastReportAt}:
 * the newest progress report of any of its actions, null if none.
 */
public record ActionPortfolio(
        Long jurisdictionId,
        long approved,
        long onTrack,
        long overdue,
        long completed,
        long reportsOverdue,
        Instant lastReportAt) {

    public static ActionPortfolio none(Long jurisdictionId) {
        return new ActionPortfolio(jurisdictionId, 0, 0, 0, 0, 0, null);
    }
}
