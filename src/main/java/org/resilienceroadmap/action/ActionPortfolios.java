package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions counted for a portfolio of cities: when each jurisdiction last reported progress (one row
 * each, from {@code action_tally}) for every city in scope, and the counts of one page of cities in
 * two grouped queries. The caller has checked that the jurisdictions are in the reader's scope: this
 * reads no user.
 */
@Service
@Transactional(readOnly = true)
public class ActionPortfolios {

    private final ActionTally tally;
    private final JdbcClient jdbc;
    private final ActionSettings settings;
    private final Clock clock;

    ActionPortfolios(ActionTally tally, JdbcClient jdbc, ActionSettings settings, Clock clock) {
        this.tally = tally;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** When each of these jurisdictions last reported progress; those that never did are missing. */
    public Map<Long, Instant> lastReports(Collection<Long> jurisdictionIds) {
        return tally.lastReports(jurisdictionIds);
    }

    /**
     * Each jurisdiction's actions counted for a portfolio row, through the jurisdiction and status index
     * (meant for one page of jurisdictions); every jurisdiction asked for gets a row. Reports overdue:
     * actions under way that started at least one progress cycle ago with no report within the last cycle.
     */
    public Map<Long, ActionPortfolio> counts(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate cycleStart = today.minus(settings.progressPeriod());
        Map<Long, Long> reportsOverdue = new HashMap<>();
        jdbc.sql("select a.jurisdiction_id, count(*) from action a where a.jurisdiction_id in (:ids)"
                        + " and a.status in ('APPROVED', 'IN_PROGRESS') and a.start_date <= :cycleStart"
                        + " and not exists (select 1 from action_progress p where p.action_id = a.id"
                        + " and p.reported_at >= :since) group by a.jurisdiction_id")
                .param("ids", jurisdictionIds)
                .param("cycleStart", cycleStart)
                .param("since", cycleStart.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .query((rs, n) -> reportsOverdue.put(rs.getLong(1), rs.getLong(2)))
                .list();
        Map<Long, Instant> last = tally.lastReports(jurisdictionIds);
        Map<Long, ActionPortfolio> rows = new HashMap<>();
        jdbc.sql("select jurisdiction_id,"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED') then 1 else 0 end),"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS') and due_date >= :today then 1 else 0 end),"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS') and due_date < :today then 1 else 0 end),"
                        + " sum(case when status = 'VERIFIED' then 1 else 0 end)"
                        + " from action where jurisdiction_id in (:ids) group by jurisdiction_id")
                .param("ids", jurisdictionIds)
                .param("today", today)
                .query((rs, n) -> {
                    Long id = rs.getLong(1);
                    return rows.put(
                            id,
                            new ActionPortfolio(
                                    id,
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    reportsOverdue.getOrDefault(id, 0L),
                                    last.get(id)));
                })
                .list();
        for (Long id : jurisdictionIds) {
            rows.computeIfAbsent(
                    id, none -> new ActionPortfolio(id, 0, 0, 0, 0, reportsOverdue.getOrDefault(id, 0L), last.get(id)));
        }
        return rows;
    }
}
