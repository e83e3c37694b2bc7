package org.resilienceroadmap.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The register's filters as one query: always limited to the jurisdictions in the caller's scope.
 * Tags are matched as whole items of their comma-separated column.
 */
final class ActionQueries {

    private ActionQueries() {
    }

    static Specification<Action> matching(ActionFilter f, Set<Long> visible, boolean everything, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!everything) {
                all.add(visible.isEmpty() ? cb.disjunction() : root.get("jurisdictionId").in(visible));
            }
            if (f.jurisdictionId() != null) {
                all.add(cb.equal(root.get("jurisdictionId"), f.jurisdictionId()));
            }
            if (f.strategyId() != null) {
                all.add(cb.equal(root.get("strategyId"), f.strategyId()));
            }
            if (f.status() != null) {
                all.add(cb.equal(root.get("status"), f.status()));
            }
            if (Boolean.TRUE.equals(f.overdue())) {
                all.add(root.get("status").in(ActionStatus.PROPOSED, ActionStatus.APPROVED, ActionStatus.IN_PROGRESS));
                all.add(cb.lessThan(root.get("dueDate"), today));
            }
            if (f.essential() != null) {
                all.add(tagged(cb, root.get("essentials"), String.valueOf(f.essential())));
            }
            if (f.hazard() != null && !f.hazard().isBlank()) {
                all.add(tagged(cb, root.get("hazards"), f.hazard().strip()));
            }
            if (f.owner() != null && !f.owner().isBlank()) {
                all.add(cb.equal(root.get("owner"), f.owner().strip()));
            }
            if (f.programmeId() != null) {
                all.add(cb.equal(root.get("programmeId"), f.programmeId()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** "3" in "1,3,10" but not in "13": the column is wrapped in commas before matching. */
    private static Predicate tagged(jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Expression<String> column, String tag) {
        return cb.like(cb.concat(cb.concat(",", column), ","), "%," + tag + ",%");
    }
}
