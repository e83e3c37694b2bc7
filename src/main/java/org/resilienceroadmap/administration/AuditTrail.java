package org.resilienceroadmap.administration;

import java.util.List;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditQuery;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The audit log as admins read it (the page and {@code GET /admin/audit}): every entry, filtered, newest first. */
@Service
public class AuditTrail {

    private final AuditLog audit;
    private final CurrentUser currentUser;

    AuditTrail(AuditLog audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    public Page<AuditRecord> find(AuditQuery query, Pageable page) {
        requireAdmin();
        return audit.find(query, page);
    }

    public long count(AuditQuery query) {
        requireAdmin();
        return audit.count(query);
    }

    public List<String> subjectTypes() {
        requireAdmin();
        return audit.subjectTypes();
    }

    private void requireAdmin() {
        if (!currentUser.scope().isAdmin()) {
            throw new ForbiddenException("Only an admin can read the audit log");
        }
    }
}
