package org.resilienceroadmap.shared.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.resilienceroadmap.shared.IdArray;
import org.resilienceroadmap.shared.TransactionBound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only record of decisions and admin changes. Writing joins the caller's transaction, so
 * a decision and its record land together. Reading checks no role: the module that shows the log
 * to someone decides whether they may see it.
 */
@Service
public class AuditLog {

    private static final int MAX_COMMENT = 4000;

    private final AuditRecordRepository records;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    AuditLog(AuditRecordRepository records, JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        write(entry);
        countOnceCommitted(entry.subjectType());
    }

    /**
     * A use of the application worth keeping that decides nothing (an API token's first call of a
     * minute): written like any entry, not counted among the decisions operators watch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAccess(AuditEntry entry) {
        write(entry);
    }

    private void write(AuditEntry entry) {
        writtenInThisTransaction().add(Acted.by(entry));
        String comment = entry.comment() == null || entry.comment().length() <= MAX_COMMENT
                ? entry.comment()
                : entry.comment().substring(0, MAX_COMMENT);
        records.save(new AuditRecord(
                Instant.now(clock),
                entry.actor(),
                entry.subjectType(),
                entry.subjectId(),
                entry.action(),
                entry.fromState(),
                entry.toState(),
                comment,
                entry.reference(),
                entry.jurisdictionId()));
    }

    /** Operators watch decisions per minute ({@code roadmap_decisions_total}); a rolled-back one is none. */
    private void countOnceCommitted(String subjectType) {
        Counter decisions = meters.counter("roadmap.decisions", "subject", subjectType);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    decisions.increment();
                }
            });
        } else {
            decisions.increment();
        }
    }

    /**
     * A decision taken on a task — unless the task's process recorded it already: a record of the same
     * person acting on the same subject, written in this transaction by the step the decision ran
     * (an action approved, from PROPOSED to APPROVED), says all that this one would and more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecision(AuditEntry entry) {
        if (!writtenInThisTransaction().contains(Acted.by(entry))) {
            record(entry);
        }
    }

    /** Who acted on which subject in the current transaction, as far as this log wrote it. */
    private Set<Acted> writtenInThisTransaction() {
        return TransactionBound.get(this, HashSet::new);
    }

    private record Acted(String actor, String subjectType, String subjectId) {

        static Acted by(AuditEntry entry) {
            return new Acted(entry.actor(), entry.subjectType(), entry.subjectId());
        }
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String subjectType, String subjectId) {
        return records.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(subjectType, subjectId);
    }

    /** The newest decisions (entries with an outcome) concerning the given jurisdictions. */
    @Transactional(readOnly = true)
    public List<AuditRecord> recentDecisions(java.util.Collection<Long> jurisdictionIds, int limit) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        // Which ones by their ids, the jurisdictions bound as one array (a region has thousands); then the
        // few records themselves.
        List<Long> newest = jdbc.sql("select id from audit_record where to_state is not null"
                        + " and jurisdiction_id = any(:ids) order by at desc, id desc limit :limit")
                .param("ids", IdArray.of(jurisdictionIds))
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditRecord> byId = records.findByIdIn(newest).stream()
                .collect(java.util.stream.Collectors.toMap(AuditRecord::getId, r -> r));
        return newest.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every entry matching the query, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> find(AuditQuery query, Pageable page) {
        return records.search(query, page);
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return records.count(query);
    }

    /** The kinds of subject the log holds entries about, for a filter to offer. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return records.findSubjectTypes();
    }
}
