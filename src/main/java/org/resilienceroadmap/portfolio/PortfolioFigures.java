package org.resilienceroadmap.portfolio;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.action.ActionPortfolio;
import org.resilienceroadmap.action.ActionPortfolios;
import org.resilienceroadmap.assessment.AssessmentFigures;
import org.resilienceroadmap.assessment.LatestScore;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.strategy.StrategyFigures;
import org.resilienceroadmap.strategy.StrategyStanding;
import org.springframework.stereotype.Component;

/**
 * The figures of the cities a page (or an export) shows: scores, strategies and action counts, read
 * for a batch of cities at a time through the modules' grouped reads — never one city at a time.
 */
@Component
class PortfolioFigures {

    /** The most cities one grouped read is asked about (an export of every city goes in batches). */
    static final int BATCH = 500;

    private final AssessmentFigures assessments;
    private final StrategyFigures strategies;
    private final ActionPortfolios actions;

    PortfolioFigures(AssessmentFigures assessments, StrategyFigures strategies, ActionPortfolios actions) {
        this.assessments = assessments;
        this.strategies = strategies;
        this.actions = actions;
    }

    List<PortfolioRow> rows(List<Standing> cities, LocalDate today) {
        List<PortfolioRow> rows = new ArrayList<>(cities.size());
        for (int from = 0; from < cities.size(); from += BATCH) {
            List<Standing> batch = cities.subList(from, Math.min(cities.size(), from + BATCH));
            List<Long> ids = batch.stream().map(Standing::id).toList();
            Map<Long, LatestScore> scores = assessments.latestScores(ids);
            Map<Long, StrategyStanding> strategy = strategies.standingIn(ids);
            Map<Long, ActionPortfolio> counts = actions.counts(ids);
            batch.forEach(s -> rows.add(row(s, scores.get(s.id()), strategy.get(s.id()), counts.get(s.id()), today)));
        }
        return rows;
    }

    private static PortfolioRow row(
            Standing s, LatestScore score, StrategyStanding strategy, ActionPortfolio counts, LocalDate today) {
        ActionPortfolio a = counts == null ? ActionPortfolio.none(s.id()) : counts;
        return new PortfolioRow(
                s.id(),
                s.city().getCode(),
                s.city().names(),
                s.country() == null ? null : s.country().getId(),
                s.country() == null ? null : s.country().names(),
                s.city().getStage(),
                s.stageSince(),
                s.stageSince() == null ? null : ChronoUnit.DAYS.between(s.stageSince(), today),
                score == null ? null : score.validatedAt().atOffset(Days.ZONE).toLocalDate(),
                score == null ? null : score.totalPercent(),
                score == null
                        ? List.of()
                        : score.weakest().stream()
                                .map(e -> new PortfolioRow.WeakEssential(e.essential(), e.percent()))
                                .toList(),
                strategy == null ? null : strategy.state(),
                strategy == null ? null : strategy.adoptedOn(),
                a.approved(),
                a.onTrack(),
                a.overdue(),
                a.completed(),
                s.lastReport(),
                a.reportsOverdue(),
                s.freshness());
    }
}
