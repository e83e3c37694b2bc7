package org.resilienceroadmap.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.resilienceroadmap.directory.Person;
import org.springframework.data.jpa.domain.Specification;

/**
 * The register's filters as one query: always limited to the jurisdictions in the caller's scope.
 * Tags are matched as whole items of their comma-separated column. The owner filter matches a part
 * of the owner's name or username, ignoring case; the hazard filter takes the codes whose names
 * matched the reader's text ({@link HazardNameMatch}), any of them.
 */
final class ActionQueries {

    private ActionQueries() {}

    static Specification<Action> matching(
            ActionFilter f, Set<String> hazardCodes, Set<Long> visible, boolean everything, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!everything) {
                all.add(
                        visible.isEmpty()
                                ? cb.disjunction()
                                : root.get("jurisdictionId").in(visible));
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
                // Approved and unfinished: a proposal nobody approved has promised no date yet.
                all.add(root.get("status").in(ActionFigures.UNDER_WAY));
                all.add(cb.lessThan(root.get("dueDate"), today));
            }
            if (f.essential() != null) {
                all.add(tagged(cb, root.get("essentials"), String.valueOf(f.essential())));
            }
            if (f.hazard() != null && !f.hazard().isBlank()) {
                all.add(cb.or(hazardCodes.stream()
                        .map(code -> tagged(cb, root.get("hazards"), code))
                        .toArray(Predicate[]::new)));
            }
            if (f.owner() != null && !f.owner().isBlank()) {
                String part = "%" + likeEscaped(f.owner().strip().toLowerCase(Locale.ROOT)) + "%";
                Subquery<String> named = query.subquery(String.class);
                Root<Person> person = named.from(Person.class);
                named.select(person.get("username"))
                        .where(cb.or(
                                cb.like(cb.lower(person.get("displayName")), part, '\\'),
                                cb.like(cb.lower(person.get("username")), part, '\\')));
                all.add(cb.or(root.get("owner").in(named), cb.like(cb.lower(root.get("owner")), part, '\\')));
            }
            if (f.programmeId() != null) {
                all.add(cb.equal(root.get("programmeId"), f.programmeId()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** "3" in "1,3,10" but not in "13": the column is wrapped in commas before matching. */
    private static Predicate tagged(CriteriaBuilder cb, Expression<String> column, String tag) {
        return cb.like(cb.concat(cb.concat(",", column), ","), "%," + tag + ",%");
    }

    /** The person's text taken literally: % and _ match themselves. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
