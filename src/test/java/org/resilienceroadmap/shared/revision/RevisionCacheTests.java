package org.resilienceroadmap.shared.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;
import org.resilienceroadmap.funding.ProgrammeBudget;
import org.resilienceroadmap.funding.ProgrammeMonitor;
import org.resilienceroadmap.funding.ReportContent;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data's stamp moves with every committed entity write and with nothing else, and what is kept
 * under it is never served after a write: a programme's dashboard shows a payment at the next read.
 * (Two nodes on one database: TwoNodeClusterTests.)
 */
class RevisionCacheTests extends IntegrationTest {

    @Autowired
    DataRevision revision;

    @Autowired
    RevisionCache cache;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditLog audit;

    @Autowired
    ProgrammeMonitor monitor;

    @Autowired
    ProgrammeBudget budget;

    @Autowired
    ProgrammeDirectory programmes;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Test
    void aCommittedWriteMovesTheStampAReadOrARollbackDoesNot() {
        String before = stamp();
        transaction.executeWithoutResult(t -> revision.current());
        assertThat(stamp()).as("after a read").isEqualTo(before);

        transaction.executeWithoutResult(t -> {
            audit.record(new AuditEntry("admin", "TEST", "1", "test:write", null, null, "rolled back"));
            t.setRollbackOnly();
        });
        assertThat(stamp()).as("after a write that rolled back").isEqualTo(before);

        transaction.executeWithoutResult(
                t -> audit.record(new AuditEntry("admin", "TEST", "1", "test:write", null, null, "kept")));
        String after = stamp();
        assertThat(after).as("after a committed write").isNotEqualTo(before);

        transaction.executeWithoutResult(t -> {
            audit.record(new AuditEntry("admin", "TEST", "2", "test:write", null, null, "one"));
            audit.record(new AuditEntry("admin", "TEST", "3", "test:write", null, null, "two"));
        });
        assertThat(stamp()).as("after a second transaction").isNotEqualTo(after);
    }

    @Test
    void anAnswerIsKeptWhileNothingIsWrittenAndWorkedOutAgainAfterAWrite() {
        int[] worked = {0};
        Object key = "test-" + System.nanoTime();
        transaction.executeWithoutResult(t -> cache.get(key, () -> ++worked[0]));
        Integer kept = transaction.execute(t -> cache.get(key, () -> ++worked[0]));
        assertThat(kept).as("kept while nothing was written").isEqualTo(1);

        transaction.executeWithoutResult(
                t -> audit.record(new AuditEntry("admin", "TEST", "4", "test:write", null, null, "moves it")));
        Integer again = transaction.execute(t -> cache.get(key, () -> ++worked[0]));
        assertThat(again).as("worked out again after a write").isEqualTo(2);
    }

    @Test
    void theDashboardShowsAPaymentAtTheNextRead() {
        LocalDate today = LocalDate.now(Days.ZONE);
        Long programme = programmes
                .create(
                        "KEPT-" + System.nanoTime() % 1_000_000,
                        "Kept figures",
                        "Test donor",
                        new BigDecimal("100000"),
                        "EUR",
                        today.minusYears(1),
                        today.plusYears(1),
                        Set.of(jurisdictions.findByCode("TJ").orElseThrow().getId()))
                .getId();
        ReportContent first = as("admin", () -> monitor.overview(programme));
        assertThat(as("admin", () -> monitor.overview(programme)))
                .as("the second read is the kept one")
                .isSameAs(first);

        as("admin", () -> budget.recordDisbursement(programme, today, new BigDecimal("777.00"), "EUR", "Kept"));

        ReportContent next = as("admin", () -> monitor.overview(programme));
        assertThat(next.spending().disbursed())
                .isEqualByComparingTo(first.spending().disbursed().add(new BigDecimal("777.00")));
    }

    private String stamp() {
        return transaction.execute(t -> revision.current());
    }
}
