package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.resilienceroadmap.shared.IdArray;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /**
     * Approved and unfinished past their due date. The statuses are written out, not bound: only then can
     * PostgreSQL's plan use the partial index of exactly these actions by due date (vendor migration V38)
     * and count them from the index alone.
     */
    private static final String OVERDUE =
            "jurisdiction_id = any(:ids) and due_date < :today and status in ('APPROVED', 'IN_PROGRESS')";

    private final ActionRepository actions;
    private final ActionTally tally;
    private final JdbcClient jdbc;
    private final Clock clock;

    ActionFigures(ActionRepository actions, ActionTally tally, JdbcClient jdbc, Clock clock) {
        this.actions = actions;
        this.tally = tally;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The tally of each jurisdiction that has actions, with its overdue actions counted today: the
     * tally is one row per jurisdiction; overdue ones are read through the status and due-date index.
     */
    public List<ActionCounts> countsByJurisdiction(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> overdue = overdueByJurisdiction(jurisdictionIds);
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

    /** How many actions of each jurisdiction are overdue today; a jurisdiction with none is absent. */
    Map<Long, Long> overdueByJurisdiction(Collection<Long> jurisdictionIds) {
        Map<Long, Long> overdue = new java.util.HashMap<>();
        jdbc.sql("select jurisdiction_id, count(*) from action where " + OVERDUE + " group by jurisdiction_id")
                .param("ids", IdArray.of(jurisdictionIds))
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> overdue.put(rs.getLong(1), rs.getLong(2)))
                .list();
        return overdue;
    }

    /** The actions a count stands for, at most {@code limit}, the most urgent (earliest due) first. */
    public List<ActionLine> list(Collection<Long> jurisdictionIds, Kind kind, int limit) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        if (kind == Kind.OVERDUE) {
            // Its own statement, not a specification: a criteria query is translated again at every call,
            // which with a region's thousands of jurisdictions was a third of the dashboard's time.
            return jdbc.sql("select id, title, jurisdiction_id, owner, due_date, completed_on, percent_done, status"
                            + " from action where " + OVERDUE + " order by due_date, id limit :limit")
                    .param("ids", IdArray.of(jurisdictionIds))
                    .param("today", today)
                    .param("limit", limit)
                    .query((rs, n) -> new ActionLine(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            rs.getInt(7),
                            ActionStatus.valueOf(rs.getString(8))))
                    .list();
        }
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
            case OVERDUE -> throw new IllegalStateException("read by its own query above");
        };
        return actions
                .findBy(
                        in.and(which),
                        q -> q.sortBy(Sort.by("dueDate", "id")).limit(limit).all())
                .stream()
                .map(ActionLine::of)
                .toList();
    }
}
