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

    ActionFigures(ActionRepository actions, ActionTally tally, Clock clock) {
        this.actions = actions;
        this.tally = tally;
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
