package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * A programme's indicators with their actuals: counted from the scope's figures, or as last reported.
 * A counted share is computed exact and rounded once, here, for the actual shown and for its share of
 * the target alike. A programme's results belong to its period: as of a day already past, a counted
 * actual is the value kept in the first monthly snapshot taken after that day.
 */
@Component
class IndicatorBoard {

    static final String ALL_TEN_ESSENTIALS = "ALL_TEN_ESSENTIALS";
    static final String ANY_ADOPTED = "ANY_ADOPTED";

    private final IndicatorRepository indicators;
    private final ProgrammeResultRepository results;
    private final IndicatorCounter counter;
    private final IndicatorSnapshotRepository snapshots;

    IndicatorBoard(
            IndicatorRepository indicators,
            ProgrammeResultRepository results,
            IndicatorCounter counter,
            IndicatorSnapshotRepository snapshots) {
        this.indicators = indicators;
        this.results = results;
        this.counter = counter;
        this.snapshots = snapshots;
    }

    List<ResultLine> results(Long programmeId) {
        List<ProgrammeResult> all = results.findByProgrammeIdOrderByPosition(programmeId);
        Map<Long, String> codes =
                all.stream().collect(Collectors.toMap(ProgrammeResult::getId, ProgrammeResult::getCode));
        return all.stream()
                .map(r -> new ResultLine(
                        r.getCode(),
                        r.getTitle(),
                        r.getKind(),
                        r.getParentId() == null ? null : codes.get(r.getParentId()),
                        r.getAssumptions()))
                .toList();
    }

    List<IndicatorLine> lines(Long programmeId, ScopeFigures figures, LocalDate today) {
        return lines(programmeId, figures, today, today);
    }

    /** The indicators as of {@code until}: today's counts, or (a day past) the values kept after it. */
    List<IndicatorLine> lines(Long programmeId, ScopeFigures figures, LocalDate today, LocalDate until) {
        Map<Long, ProgrammeResult> byId = results.findByProgrammeIdOrderByPosition(programmeId).stream()
                .collect(Collectors.toMap(ProgrammeResult::getId, Function.identity()));
        return indicators.findByProgrammeIdOrderByPosition(programmeId).stream()
                .map(i -> until.isBefore(today)
                        ? lineAsOf(i, byId.get(i.getResultId()), figures, today, until)
                        : line(i, byId.get(i.getResultId()), figures, today))
                .toList();
    }

    IndicatorLine line(Indicator i, ProgrammeResult result, ScopeFigures figures, LocalDate today) {
        BigDecimal exact = i.isComputed() ? counter.value(i.getMeasure(), i.isAllEssentials(), figures) : i.getActual();
        return line(i, result, exact, i.isComputed() ? today : i.getActualOn());
    }

    /**
     * As of a past day: a counted indicator takes the snapshot taken right after that day (the state at the
     * day's end), else its value recounted from the dates the workflow keeps (joined, validated, adopted,
     * paid on), else today's count (stages and actions keep no history); a reported one its last report.
     */
    private IndicatorLine lineAsOf(
            Indicator i, ProgrammeResult result, ScopeFigures figures, LocalDate today, LocalDate until) {
        if (!i.isComputed()) {
            return line(i, result, figures, today);
        }
        Optional<BigDecimal> then = valueAt(i, figures, until);
        return then.map(v -> line(i, result, v, until)).orElseGet(() -> line(i, result, figures, today));
    }

    /** A counted indicator's value at the end of a past day: kept in the snapshot right after it, else recounted from dates. */
    private Optional<BigDecimal> valueAt(Indicator i, ScopeFigures figures, LocalDate day) {
        Optional<BigDecimal> kept = keptAfter(i.getId(), day).map(IndicatorSnapshot::getValue);
        return kept.isPresent() ? kept : counter.valueAsOf(i.getMeasure(), i.isAllEssentials(), figures, day);
    }

    /**
     * The snapshot of the month following that day: its value then. One of a later month would count work
     * done after the day (a snapshot first taken years after a programme's end), so there is none then.
     */
    Optional<IndicatorSnapshot> keptAfter(Long indicatorId, LocalDate day) {
        LocalDate next = day.withDayOfMonth(1).plusMonths(1);
        return snapshots.findByIndicatorIdInOrderByMonth(List.of(indicatorId)).stream()
                .filter(s -> s.getMonth().isAfter(day) && !s.getMonth().isAfter(next))
                .min(Comparator.comparing(IndicatorSnapshot::getMonth));
    }

    /**
     * Each year of the programme's period for each indicator (by code): the target in its target year (or
     * the last year when it names none), the actual as it stood at the year's end. A counted actual of a
     * past year is the snapshot taken right after that year's end, else recounted from dates where the
     * workflow keeps them, else none; of the current year, today's count; a year not yet begun has none.
     * A reported actual stands in the year it was measured.
     */
    Map<String, List<IndicatorPeriod>> years(
            Long programmeId, ScopeFigures figures, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
        Map<String, List<IndicatorPeriod>> all = new java.util.LinkedHashMap<>();
        if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
            return all;
        }
        for (Indicator i : indicators.findByProgrammeIdOrderByPosition(programmeId)) {
            List<IndicatorPeriod> periods = new java.util.ArrayList<>();
            for (int year = periodStart.getYear(); year <= periodEnd.getYear(); year++) {
                LocalDate start = year == periodStart.getYear() ? periodStart : LocalDate.of(year, 1, 1);
                LocalDate end = year == periodEnd.getYear() ? periodEnd : LocalDate.of(year, 12, 31);
                boolean targetYear =
                        i.getTargetYear() != null ? i.getTargetYear() == year : year == periodEnd.getYear();
                periods.add(new IndicatorPeriod(
                        start, end, targetYear ? i.getTarget() : null, actualIn(i, figures, start, end, today)));
            }
            all.put(i.getCode(), periods);
        }
        return all;
    }

    private BigDecimal actualIn(Indicator i, ScopeFigures figures, LocalDate start, LocalDate end, LocalDate today) {
        if (!i.isComputed()) {
            LocalDate on = i.getActualOn();
            return on != null && !on.isBefore(start) && !on.isAfter(end) ? i.getActual() : null;
        }
        if (start.isAfter(today)) {
            return null;
        }
        if (!end.isBefore(today)) {
            return line(i, null, figures, today).actual();
        }
        BigDecimal then = valueAt(i, figures, end).orElse(null);
        return then == null || then.scale() <= 1 ? then : then.setScale(1, RoundingMode.HALF_UP);
    }

    IndicatorLine line(Indicator i, ProgrammeResult result, BigDecimal exact, LocalDate asOf) {
        BigDecimal shown =
                i.isComputed() && exact != null && exact.scale() > 1 ? exact.setScale(1, RoundingMode.HALF_UP) : exact;
        String rule = i.isComputed() && i.getMeasure().readsEssentials()
                ? (i.isAllEssentials() ? ALL_TEN_ESSENTIALS : ANY_ADOPTED)
                : null;
        return new IndicatorLine(
                i.getId(),
                i.getCode(),
                i.getName(),
                result == null ? null : result.getCode(),
                i.getUnit(),
                i.isComputed(),
                i.isComputed() ? i.getMeasure().name() : null,
                i.getBaseline(),
                i.getBaselineYear(),
                i.getTarget(),
                i.getTargetYear(),
                shown,
                asOf,
                i.getMeansOfVerification(),
                i.getDirection().name(),
                rule,
                IndicatorLine.percentOf(exact, i.getTarget()));
    }
}
