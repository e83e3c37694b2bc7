package org.resilienceroadmap.shared.audit;

/**
 * What a module hands to the audit log; the time is added when it is written. {@code reference}
 * names what exactly was decided on, where the subject has parts: "v2" for a strategy's version.
 */
public record AuditEntry(String actor, String subjectType, String subjectId, String action,
        String fromState, String toState, String comment, String reference) {

    public AuditEntry(String actor, String subjectType, String subjectId, String action, String fromState,
            String toState, String comment) {
        this(actor, subjectType, subjectId, action, fromState, toState, comment, null);
    }
}
