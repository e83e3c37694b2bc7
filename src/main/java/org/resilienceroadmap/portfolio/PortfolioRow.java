package org.resilienceroadmap.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.strategy.StrategyState;

/**
 * One city of a portfolio. Score: the latest validated assessment's overall percent and its weakest
 * Essentials (null and empty without one). Strategy: the newest strategy's state and adoption day
 * (null without one). Actions: approved (not cancelled), on track, overdue, completed (verified);
 * reports overdue and the last progress report as {@code ActionPortfolio} counts them.
 */
public record PortfolioRow(
        Long jurisdictionId,
        String code,
        PlaceNames city,
        Long countryId,
        PlaceNames country,
        RoadmapStage stage,
        LocalDate stageSince,
        Long daysInStage,
        LocalDate assessedOn,
        Double score,
        List<WeakEssential> weakest,
        StrategyState strategyState,
        LocalDate adoptedOn,
        long actionsApproved,
        long actionsOnTrack,
        long actionsOverdue,
        long actionsCompleted,
        LocalDate lastReportOn,
        long reportsOverdue,
        Freshness freshness) {

    /** An Essential (1 to 10) with its percent. */
    public record WeakEssential(int essential, Double percent) {}

    public PortfolioRow {
        weakest = List.copyOf(weakest);
    }

    public String cityIn(Locale locale) {
        return city.displayIn(locale);
    }

    public String countryIn(Locale locale) {
        return country == null ? "" : country.in(locale);
    }
}
