package org.resilienceroadmap.funding;

import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.springframework.stereotype.Component;

/** How a change to a programme is written to the audit log: who, which programme, what, and about what. */
@Component
class ProgrammeAudit {

    private final AuditLog log;

    ProgrammeAudit(AuditLog log) {
        this.log = log;
    }

    /** A change named by a reference (a code, a title). */
    void record(UserScope me, Long programmeId, String what, String reference) {
        log.record(new AuditEntry(
                me.username(),
                ProgrammeService.SUBJECT_TYPE,
                String.valueOf(programmeId),
                what,
                null,
                null,
                null,
                reference));
    }

    /** A change with the value it set (an amount, a measured actual). */
    void recordChange(
            UserScope me, Long programmeId, String what, String from, String to, String comment, String reference) {
        log.record(new AuditEntry(
                me.username(),
                ProgrammeService.SUBJECT_TYPE,
                String.valueOf(programmeId),
                what,
                from,
                to,
                comment,
                reference));
    }
}
