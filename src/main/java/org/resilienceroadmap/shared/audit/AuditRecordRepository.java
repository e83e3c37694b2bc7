package org.resilienceroadmap.shared.audit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: the interface offers no update or delete (nor does {@link AuditRecordSearch}). */
interface AuditRecordRepository extends Repository<AuditRecord, Long>, AuditRecordSearch {

    AuditRecord save(AuditRecord record);

    List<AuditRecord> findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(String subjectType, String subjectId);

    List<AuditRecord> findByIdIn(java.util.Collection<Long> ids);

    @Query("select distinct r.subjectType from AuditRecord r order by r.subjectType")
    List<String> findSubjectTypes();
}
