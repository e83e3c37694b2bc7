package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a donor or coordinator watches: indicators as of now, what each counts, their monthly
 * history, and the whole picture the dashboard draws — always within the reader's scope.
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
    private final Clock clock;

    ProgrammeMonitor(ProgrammeAccess access, FigureCollector collector, IndicatorBoard board, IndicatorCounter counter,
            IndicatorRepository indicators, IndicatorSnapshotRepository snapshots, ReportCompiler compiler,
            CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.collector = collector;
        this.board = board;
        this.counter = counter;
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.compiler = compiler;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<IndicatorLine> indicators(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        return board.lines(programmeId, collector.collect(scope), LocalDate.now(clock));
    }

    /** The jurisdictions, assessments, strategies, actions or payments an indicator counts (actions: the first 500). */
    public List<CountedItem> counted(Long programmeId, String code) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        Indicator indicator = indicators.findByProgrammeIdAndCode(programmeId, code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("Indicator", code));
        if (!indicator.isComputed()) {
            return List.of();
        }
        return counter.counted(indicator.getMeasure(), scope, collector.collect(scope));
    }

    /**
     * Monthly values of the programme's indicators. Snapshots count the whole programme, so a
     * coordinator who sees only part of it gets no history rather than figures beyond their scope.
     */
    public List<SnapshotPoint> history(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        if (!scope.whole()) {
            return List.of();
        }
        var all = indicators.findByProgrammeIdOrderByPosition(programmeId);
        var codes = all.stream().collect(java.util.stream.Collectors.toMap(Indicator::getId, Indicator::getCode));
        return snapshots.findByIndicatorIdInOrderByMonth(codes.keySet()).stream()
                .map(s -> new SnapshotPoint(codes.get(s.getIndicatorId()), s.getMonth(), s.getValue())).toList();
    }

    /** Everything the dashboard draws, compiled now over the reader's scope (period: programme start to today). */
    public ReportContent overview(Long programmeId) {
        ProgrammeScope scope = access.readable(currentUser.scope(), programmeId);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = scope.programme().getPeriodStart() == null ? today : scope.programme().getPeriodStart();
        return compiler.compile(scope, start.isAfter(today) ? today : start, today);
    }
}
