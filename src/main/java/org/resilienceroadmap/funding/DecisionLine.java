package org.resilienceroadmap.funding;

import java.time.Instant;

/**
 * A recent decision in a programme's scope: who decided what on which subject, with the comment.
 * {@code actor}, {@code action} and {@code outcome} are the audit log's codes, which pages turn into
 * a sentence ({@link DecisionWords}); {@code actorName} is the person's name (none for a system
 * step), {@code subjectTitle} the action's or strategy's title and {@code subjectPage} the route of
 * the subject's page. Reports compiled before these were kept have them empty.
 */
public record DecisionLine(Instant at, String actor, String action, String outcome, String subjectType,
        String subjectId, String jurisdictionName, String comment, String actorName, String subjectTitle,
        String subjectPage) {
}
