package org.resilienceroadmap.shared.audit;

/** What a module hands to the audit log; the time is added when it is written. */
public record AuditEntry(String actor, String subjectType, String subjectId, String action,
        String fromState, String toState, String comment) {
}
