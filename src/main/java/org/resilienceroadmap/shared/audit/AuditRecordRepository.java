package org.resilienceroadmap.shared.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append and read only: the interface offers no update or delete. */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(String subjectType, String subjectId);

    List<AuditRecord> findByJurisdictionIdInAndToStateIsNotNullOrderByAtDescIdDesc(
            java.util.Collection<Long> jurisdictionIds, org.springframework.data.domain.Pageable page);
}
