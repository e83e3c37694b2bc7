package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions counted for monitoring: per jurisdiction in one grouped query, and the actions behind a
 * count when someone opens it. The caller has checked that the jurisdictions are in the reader's
 * scope: this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class ActionFigures {

    /**
     * Which actions a monitoring list shows: completed (verified), completed on time (verified, by the due
     * date in force at approval), on time after extension (verified, later than that but by the extended
     * due date), claimed (awaiting verification), overdue (approved, unfinished, past due).
     */
    public enum Kind {
        COMPLETED,
        COMPLETED_ON_TIME,
        COMPLETED_AFTER_EXTENSION,
        CLAIMED,
        OVERDUE
    }

    /** Approved and not finished: only these can be overdue (a proposal nobody approved has promised nothing). */
    static final Set<ActionStatus> UNDER_WAY = EnumSet.of(ActionStatus.APPROVED, ActionStatus.IN_PROGRESS);

    private final ActionRepository actions;
    private final ActionTally tally;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final ActionSettings settings;

    ActionFigures(
            ActionRepository actions,
            ActionTally tally,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            ActionSettings settings) {
        this.actions = actions;
        this.tally = tally;
        this.clock = clock;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** When each of these jurisdictions last reported progress (one row each); those that never did are missing. */
    public Map<Long, java.time.Instant> lastReports(Collection<Long> jurisdictionIds) {
        return tally.lastReports(jurisdictionIds);
    }

    /**
     * Each jurisdiction's actions counted for a portfolio row, in two grouped queries over the given
     * jurisdictions (meant for one page of them, through the jurisdiction and status index); every
     * jurisdiction asked for gets a row.
     */
    public Map<Long, ActionPortfolio> portfolio(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate cycleStart = today.minus(settings.progressPeriod());
        Map<Long, Long> reportsOverdue = new java.util.HashMap<>();
        jdbc.sql("select a.jurisdiction_id, count(*) from action a where a.jurisdiction_id in (:ids)"
                        + " and a.status in ('APPROVED', 'IN_PROGRESS') and a.start_date <= :cycleStart"
                        + " and not exists (select 1 from action_progress p where p.action_id = a.id"
                        + " and p.reported_at >= :since) group by a.jurisdiction_id")
                .param("ids", jurisdictionIds)
                .param("cycleStart", cycleStart)
                .param(
                        "since",
                        cycleStart.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .query((rs, n) -> reportsOverdue.put(rs.getLong(1), rs.getLong(2)))
                .list();
        Map<Long, java.time.Instant> last = tally.lastReports(jurisdictionIds);
        Map<Long, ActionPortfolio> rows = new java.util.HashMap<>();
        jdbc.sql("select jurisdiction_id,"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED', 'VERIFIED') then 1 else 0 end),"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS') and due_date >= :today then 1 else 0 end),"
                        + " sum(case when status in ('APPROVED', 'IN_PROGRESS') and due_date < :today then 1 else 0 end),"
                        + " sum(case when status = 'VERIFIED' then 1 else 0 end)"
                        + " from action where jurisdiction_id in (:ids) group by jurisdiction_id")
                .param("ids", jurisdictionIds)
                .param("today", today)
                .query((rs, n) -> rows.put(
                        rs.getLong(1),
                        new ActionPortfolio(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getLong(5),
                                reportsOverdue.getOrDefault(rs.getLong(1), 0L),
                                last.get(rs.getLong(1)))))
                .list();
        for (Long id : jurisdictionIds) {
            rows.computeIfAbsent(id, ActionPortfolio::none);
        }
        return rows;
    }

    /**
     * The tally of each jurisdiction that has actions, with its overdue actions counted today: the
     * tally is one row per jurisdiction; overdue ones are read through the status and due-date index.
     */
    public List<ActionCounts> countsByJurisdiction(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> overdue = actions.countOverdueByJurisdiction(jurisdictionIds, LocalDate.now(clock)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return tally.read(jurisdictionIds).stream()
                .map(t -> new ActionCounts(
                        t.jurisdictionId(),
                        t.actions(),
                        t.completed(),
                        t.completedOnTime(),
                        overdue.getOrDefault(t.jurisdictionId(), 0L),
                        t.claimed(),
                        t.onTimeAfterExtension()))
                .toList();
    }

    /** The actions a count stands for, at most {@code limit}, the most urgent (earliest due) first. */
    public List<ActionLine> list(Collection<Long> jurisdictionIds, Kind kind, int limit) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Specification<Action> in = (root, q, cb) -> root.get("jurisdictionId").in(jurisdictionIds);
        Specification<Action> which = switch (kind) {
            case COMPLETED -> (root, q, cb) -> cb.equal(root.get("status"), ActionStatus.VERIFIED);
            case COMPLETED_ON_TIME ->
                (root, q, cb) -> cb.and(
                        cb.equal(root.get("status"), ActionStatus.VERIFIED),
                        cb.lessThanOrEqualTo(
                                root.<LocalDate>get("completedOn"),
                                cb.coalesce(root.<LocalDate>get("approvedDue"), root.<LocalDate>get("dueDate"))));
            case COMPLETED_AFTER_EXTENSION ->
                (root, q, cb) -> cb.and(
                        cb.equal(root.get("status"), ActionStatus.VERIFIED),
                        cb.greaterThan(
                                root.<LocalDate>get("completedOn"),
                                cb.coalesce(root.<LocalDate>get("approvedDue"), root.<LocalDate>get("dueDate"))),
                        cb.lessThanOrEqualTo(root.<LocalDate>get("completedOn"), root.<LocalDate>get("dueDate")));
            case CLAIMED -> (root, q, cb) -> cb.equal(root.get("status"), ActionStatus.COMPLETED);
            case OVERDUE ->
                (root, q, cb) -> cb.and(root.get("status").in(UNDER_WAY), cb.lessThan(root.get("dueDate"), today));
        };
        return actions.findAll(in.and(which), PageRequest.of(0, limit, Sort.by("dueDate", "id")))
                .map(ActionLine::of)
                .getContent();
    }
}
