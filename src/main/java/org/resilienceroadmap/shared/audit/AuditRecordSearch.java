package org.resilienceroadmap.shared.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The filtered reading of the audit log, newest first; a fragment of {@link AuditRecordRepository}. */
interface AuditRecordSearch {

    Page<AuditRecord> search(AuditQuery query, Pageable page);

    long count(AuditQuery query);
}
