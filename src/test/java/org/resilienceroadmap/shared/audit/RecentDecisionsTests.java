package org.resilienceroadmap.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dashboard's newest decisions: only those about the jurisdictions asked for, only entries with an
 * outcome, newest first and no more than asked; none at all where nothing was decided.
 */
class RecentDecisionsTests extends IntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theNewestDecisionsOfTheJurisdictionsAskedForComeFirstUpToTheLimit() {
        Long first = fixtures.newCity().id();
        Long second = fixtures.newCity().id();
        Long elsewhere = fixtures.newCity().id();
        decide(first, "first", "APPROVED");
        decide(second, "second", "APPROVED");
        decide(first, "a note, no outcome", null);
        decide(elsewhere, "elsewhere", "APPROVED");
        decide(first, "third", "REJECTED");

        assertThat(actions(log.recentDecisions(List.of(first, second), 2))).containsExactly("third", "second");
        assertThat(actions(log.recentDecisions(List.of(first, second), 20)))
                .startsWith("third", "second", "first")
                .doesNotContain("a note, no outcome", "elsewhere");
        assertThat(log.recentDecisions(List.of(-1L), 20)).isEmpty();
    }

    private void decide(Long jurisdictionId, String action, String outcome) {
        transactions.executeWithoutResult(status -> log.record(new AuditEntry(
                "coordinator.test", "TEST", action, action, "OPEN", outcome, null, null, jurisdictionId)));
    }

    private static List<String> actions(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::getAction).toList();
    }
}
