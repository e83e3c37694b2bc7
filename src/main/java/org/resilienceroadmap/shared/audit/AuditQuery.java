package org.resilienceroadmap.shared.audit;

import java.time.Instant;

/**
 * What a reader of the audit log filters by; null (or blank) means "any". {@code actor} and
 * {@code subjectType} match exactly, {@code actionContains} anywhere in the action whatever its case;
 * {@code from} is inclusive, {@code to} exclusive.
 */
public record AuditQuery(String actor, String subjectType, String actionContains, Instant from, Instant to) {

    public AuditQuery {
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        actionContains = blankToNull(actionContains);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
