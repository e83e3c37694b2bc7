package org.resilienceroadmap.funding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.resilienceroadmap.directory.Programme;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each indicator's value once a month, over the whole programme, up to the month after the
 * programme's end (the state at its end; later months are not its results). Runs at start-up (to catch a
 * month missed while the system was down) and early on the first of each month. On several nodes
 * each may try: the unique (indicator, month) key lets one write and the others skip.
 */
@Component
class MonthlySnapshots {

    private static final Logger log = LoggerFactory.getLogger(MonthlySnapshots.class);

    private final ProgrammeDirectory programmes;
    private final ProgrammeAccess access;
    private final FigureCollector collector;
    private final IndicatorBoard board;
    private final IndicatorRepository indicators;
    private final IndicatorSnapshotRepository snapshots;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MonthlySnapshots(
            ProgrammeDirectory programmes,
            ProgrammeAccess access,
            FigureCollector collector,
            IndicatorBoard board,
            IndicatorRepository indicators,
            IndicatorSnapshotRepository snapshots,
            TransactionTemplate transactions,
            Clock clock) {
        this.programmes = programmes;
        this.access = access;
        this.collector = collector;
        this.board = board;
        this.indicators = indicators;
        this.snapshots = snapshots;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        takeAll();
    }

    @Scheduled(cron = "${roadmap.funding.snapshot-cron:0 30 1 1 * *}", zone = "UTC")
    void monthly() {
        takeAll();
    }

    /** Takes this month's snapshot of every programme that has none yet; returns how many values were kept. */
    int takeAll() {
        int taken = 0;
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        for (Programme p : programmes.findAll()) {
            if (!within(p.getPeriodEnd(), month)) {
                continue;
            }
            try {
                Integer n = transactions.execute(status -> take(p.getId()));
                taken += n == null ? 0 : n;
            } catch (DataIntegrityViolationException e) {
                log.debug("Another node took programme {}'s snapshot first", p.getCode());
            }
        }
        return taken;
    }

    /**
     * Whether a month's snapshot still belongs to a programme that ends then: the snapshot of the month
     * after its end holds its final values; later ones would count work done after it.
     */
    static boolean within(LocalDate periodEnd, LocalDate month) {
        return periodEnd == null || !month.isAfter(periodEnd.withDayOfMonth(1).plusMonths(1));
    }

    int take(Long programmeId) {
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        var missing = indicators.findByProgrammeIdOrderByPosition(programmeId).stream()
                .filter(i -> !snapshots.existsByIndicatorIdAndMonth(i.getId(), month))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        ScopeFigures figures = collector.collect(access.whole(programmeId));
        Instant now = Instant.now(clock);
        for (Indicator i : missing) {
            IndicatorLine line = board.line(i, null, figures, LocalDate.now(clock));
            snapshots.saveAndFlush(new IndicatorSnapshot(i.getId(), month, line.actual(), now));
        }
        return missing.size();
    }
}
