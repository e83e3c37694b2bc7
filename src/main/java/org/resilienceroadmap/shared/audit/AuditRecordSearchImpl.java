package org.resilienceroadmap.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Only the filters that are set become conditions: a query with "is null" checks on parameters
 * leaves PostgreSQL guessing their types, and a Specification executor would bring a delete method.
 */
class AuditRecordSearchImpl implements AuditRecordSearch {

    private final EntityManager entities;

    AuditRecordSearchImpl(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Page<AuditRecord> search(AuditQuery query, Pageable page) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> select = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = select.from(AuditRecord.class);
        select.where(conditions(cb, record, query)).orderBy(cb.desc(record.get("at")), cb.desc(record.get("id")));
        List<AuditRecord> content = entities.createQuery(select)
                .setFirstResult((int) page.getOffset())
                .setMaxResults(page.getPageSize())
                .getResultList();
        return PageableExecutionUtils.getPage(content, page, () -> count(query));
    }

    @Override
    public long count(AuditQuery query) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditRecord> record = select.from(AuditRecord.class);
        select.select(cb.count(record)).where(conditions(cb, record, query));
        return entities.createQuery(select).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditRecord> record, AuditQuery query) {
        List<Predicate> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add(cb.equal(record.get("actor"), query.actor()));
        }
        if (query.subjectType() != null) {
            conditions.add(cb.equal(record.get("subjectType"), query.subjectType()));
        }
        if (query.actionContains() != null) {
            conditions.add(cb.like(
                    cb.lower(record.<String>get("action")),
                    "%" + escapeLike(query.actionContains().toLowerCase()) + "%",
                    '\\'));
        }
        if (query.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(record.<Instant>get("at"), query.from()));
        }
        if (query.to() != null) {
            conditions.add(cb.lessThan(record.<Instant>get("at"), query.to()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    /** "100%" looks for a percent sign, not for anything after "100". */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
