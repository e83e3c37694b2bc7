package org.resilienceroadmap.portfolio.api;

import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.portfolio.Freshness;
import org.resilienceroadmap.portfolio.PortfolioPage;
import org.resilienceroadmap.portfolio.PortfolioRow;
import org.resilienceroadmap.strategy.StrategyState;

/** The portfolio as {@code GET /api/v1/portfolio} answers it: a page of rows and the summary of the whole list. */
record PortfolioJson(List<City> content, int page, int size, long totalElements, int totalPages, Summary summary) {

    record Summary(int cities, int notReportedThisQuarter) {}

    record Score(Double percent, LocalDate validatedOn, List<PortfolioRow.WeakEssential> weakestEssentials) {}

    record Strategy(StrategyState state, LocalDate adoptedOn) {}

    record Actions(long approved, long onTrack, long overdue, long completed) {}

    record Reports(LocalDate lastReportOn, long overdue) {}

    record City(
            Long jurisdictionId,
            String code,
            String name,
            String localName,
            Long countryId,
            String country,
            RoadmapStage stage,
            LocalDate stageSince,
            Long daysInStage,
            Score score,
            Strategy strategy,
            Actions actions,
            Reports reports,
            Freshness freshness) {

        static City of(PortfolioRow r) {
            return new City(
                    r.jurisdictionId(),
                    r.code(),
                    r.city().name(),
                    r.city().localName(),
                    r.countryId(),
                    r.country() == null ? null : r.country().name(),
                    r.stage(),
                    r.stageSince(),
                    r.daysInStage(),
                    r.score() == null ? null : new Score(r.score(), r.assessedOn(), r.weakest()),
                    r.strategyState() == null ? null : new Strategy(r.strategyState(), r.adoptedOn()),
                    new Actions(r.actionsApproved(), r.actionsOnTrack(), r.actionsOverdue(), r.actionsCompleted()),
                    new Reports(r.lastReportOn(), r.reportsOverdue()),
                    r.freshness());
        }
    }

    static PortfolioJson of(PortfolioPage p) {
        return new PortfolioJson(
                p.rows().stream().map(City::of).toList(),
                p.page(),
                p.size(),
                p.totalCities(),
                p.totalPages(),
                new Summary(p.totalCities(), p.notReportedThisQuarter()));
    }
}
