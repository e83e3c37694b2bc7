package org.resilienceroadmap.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How recently a city gave a sign of life (a progress report, or the move to its current stage):
 * current up to {@link PortfolioSettings#lateAfterDays()} days ago, late up to
 * {@link PortfolioSettings#silentAfterDays()}, silent beyond that or with no sign at all.
 */
public enum Freshness {
    CURRENT,
    LATE,
    SILENT;

    static Freshness of(LocalDate lastSign, LocalDate today, PortfolioSettings settings) {
        if (lastSign == null) {
            return SILENT;
        }
        long days = ChronoUnit.DAYS.between(lastSign, today);
        return days <= settings.lateAfterDays() ? CURRENT : days <= settings.silentAfterDays() ? LATE : SILENT;
    }

    /** Late or silent: what "late only" keeps. */
    public boolean isBehind() {
        return this != CURRENT;
    }
}
