package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.revision.RevisionCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a donor or coordinator watches: indicators as of now, what each counts, their monthly
 * history, and the whole picture the dashboard draws — always within the reader's scope. Each is kept
 * on the node while no write anywhere moves the data's stamp ({@link RevisionCache}): a dashboard is
 * read far more often than its figures change.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeMonitor {

    private final ProgrammeAccess access;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final IndicatorCounter counter;
    private final IndicatorRepository indicators;
    private final IndicatorSnapshotRepository snapshots;
    private final ReportCompiler compiler;
    private final CurrentUser currentUser;
    private final RevisionCache cache;
    private final Clock clock;

    ProgrammeMonitor(
            ProgrammeAccess access,
            FigureCollector collector,
            IndicatorBoard board,
            IndicatorCounter counter,
            IndicatorRepository indicators,
            IndicatorSnapshotRepository snapshots,
            ReportCompiler compiler,
            CurrentUser currentUser,
            RevisionCache cache,
            Clock clock) {
        this.access = access;
        this.collector = collector;
        this.board = board;
        this.counter = counter;
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.compiler = compiler;
        this.currentUser = currentUser;
        this.cache = cache;
        this.clock = clock;
    }

    public List<IndicatorLine> indicators(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        LocalDate today = LocalDate.now(clock);
        return cache.get(
                new Kept("indicators", programmeId, scope.jurisdictionIds(), scope.whole(), today, null),
                () -> board.lines(
                        programmeId,
                        collector.collect(scope),
                        today,
                        scope.whole() ? endOrToday(scope, today) : today));
    }

    /** The jurisdictions, assessments, strategies, actions or payments an indicator counts (actions: the first 500). */
    public List<CountedItem> counted(Long programmeId, String code) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        Indicator indicator = indicators
                .findByProgrammeIdAndCode(programmeId, code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Indicator", code));
        if (!indicator.isComputed()) {
            return List.of();
        }
        return cache.get(
                new Kept("counted", programmeId, scope.jurisdictionIds(), scope.whole(), LocalDate.now(clock), code),
                () -> List.copyOf(counter.counted(
                        indicator.getMeasure(), indicator.isAllEssentials(), scope, collector.collect(scope))));
    }

    /**
     * Monthly values of the programme's indicators, the current month's being its live value (so the
     * chart agrees with the counted list right after a change, not a month later). Snapshots count the
     * whole programme, so a coordinator who sees only part of it gets no history rather than figures
     * beyond their scope. After the programme's end no live month is added and no later month is shown:
     * its figures stop there.
     */
    public List<SnapshotPoint> history(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        if (!scope.whole()) {
            return List.of();
        }
        return cache.get(
                new Kept("history", programmeId, scope.jurisdictionIds(), true, LocalDate.now(clock), null),
                () -> historyOf(scope, programmeId));
    }

    private List<SnapshotPoint> historyOf(ProgrammeScope scope, Long programmeId) {
        var all = indicators.findByProgrammeIdOrderByPosition(programmeId);
        var codes = all.stream().collect(java.util.stream.Collectors.toMap(Indicator::getId, Indicator::getCode));
        LocalDate today = LocalDate.now(clock);
        LocalDate month = today.withDayOfMonth(1);
        boolean ended = endOrToday(scope, today).isBefore(today);
        var counted = all.stream()
                .filter(Indicator::isComputed)
                .map(Indicator::getId)
                .collect(java.util.stream.Collectors.toSet());
        List<SnapshotPoint> points =
                new java.util.ArrayList<>(snapshots.findByIndicatorIdInOrderByMonth(codes.keySet()).stream()
                        .filter(s -> MonthlySnapshots.within(scope.programme().getPeriodEnd(), s.getMonth()))
                        .filter(s -> ended || s.getMonth().isBefore(month) || !counted.contains(s.getIndicatorId()))
                        .map(s -> new SnapshotPoint(codes.get(s.getIndicatorId()), s.getMonth(), s.getValue()))
                        .toList());
        if (!ended) {
            ScopeFigures figures = collector.collect(scope);
            all.stream()
                    .filter(Indicator::isComputed)
                    .forEach(i -> points.add(new SnapshotPoint(
                            i.getCode(),
                            month,
                            board.line(i, null, figures, today).actual())));
        }
        return List.copyOf(points);
    }

    /** Everything the dashboard draws, compiled now over the reader's scope (period: programme start to today, or to its end). */
    public ReportContent overview(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        return cache.get(
                new Kept("overview", programmeId, scope.jurisdictionIds(), scope.whole(), LocalDate.now(clock), null),
                () -> compiler.compileToDate(scope));
    }

    /**
     * What a kept answer was worked out for: the programme over one reader's part of it, on one day (a
     * day later the same data give other overdue counts). {@code code}: the indicator, for its counted items.
     */
    private record Kept(
            String what,
            Long programmeId,
            java.util.Set<Long> jurisdictionIds,
            boolean whole,
            LocalDate day,
            String code) {}

    private static LocalDate endOrToday(ProgrammeScope scope, LocalDate today) {
        LocalDate end = scope.programme().getPeriodEnd();
        return end != null && end.isBefore(today) ? end : today;
    }
}
