package org.resilienceroadmap.funding;

import java.time.Instant;

/** A recent decision in a programme's scope: who decided what on which subject, with the comment. */
public record DecisionLine(Instant at, String actor, String action, String outcome, String subjectType,
        String subjectId, String jurisdictionName, String comment) {
}
