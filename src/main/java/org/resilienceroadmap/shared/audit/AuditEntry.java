package org.resilienceroadmap.shared.audit;

/**
 * What a module hands to the audit log; the time is added when it is written. {@code reference}
 * names what exactly was decided on, where the subject has parts: "v2" for a strategy's version.
 * {@code jurisdictionId}, where known, lets a dashboard list the decisions of its scope.
 */
public record AuditEntry(
        String actor,
        String subjectType,
        String subjectId,
        String action,
        String fromState,
        String toState,
        String comment,
        String reference,
        Long jurisdictionId) {

    public AuditEntry(
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String comment,
            String reference) {
        this(actor, subjectType, subjectId, action, fromState, toState, comment, reference, null);
    }

    public AuditEntry(
            String actor,
            String subjectType,
            String subjectId,
            String action,
            String fromState,
            String toState,
            String comment) {
        this(actor, subjectType, subjectId, action, fromState, toState, comment, null, null);
    }

    public AuditEntry in(Long jurisdiction) {
        return new AuditEntry(
                actor, subjectType, subjectId, action, fromState, toState, comment, reference, jurisdiction);
    }
}
