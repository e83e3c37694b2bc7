package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.DirectoryRevision;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caller's scope is worked out once and kept while the directory stands still, and afresh after
 * it changes — in the same transaction at once, from another transaction or node with the next
 * request: a city created or a membership added is seen at once, never a stale scope.
 */
class ScopeCacheTests extends IntegrationTest {

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    PeopleDirectory people;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    DirectoryRevision revision;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneTransactionWorksTheScopeOutOnceAndAgainAfterTheDirectoryChanges() {
        as(
                "coordinator.tajikistan",
                () -> transaction.executeWithoutResult(status -> {
                    UserScope first = currentUser.scope();
                    assertThat(currentUser.scope()).isSameAs(first);
                    Long tajikistan =
                            jurisdictions.findByCode("TJ").orElseThrow().getId();
                    Long city = jurisdictions
                            .create(new NewJurisdiction(
                                    "TJ-SCOPE-" + System.nanoTime() % 100000,
                                    "Scope test city",
                                    null,
                                    JurisdictionLevel.CITY,
                                    tajikistan))
                            .getId();
                    assertThat(first.sees(city)).isFalse();
                    assertThat(currentUser.scope().sees(city))
                            .as("a city made in this transaction is in scope at once")
                            .isTrue();
                    assertThat(currentUser.scope().coordinates(city)).isTrue();
                }));
    }

    @Test
    void aMembershipAddedInTheTransactionCountsAtOnce() {
        Long personId = newPerson("scope.test.");
        String username = people.get(personId).getUsername();
        Long dushanbe = dushanbe();
        as(
                username,
                () -> transaction.executeWithoutResult(status -> {
                    assertThat(currentUser.scope().sees(dushanbe)).isFalse();
                    people.addMembership(personId, Role.MEMBER, dushanbe, null);
                    assertThat(currentUser.scope().sees(dushanbe)).isTrue();
                }));
    }

    @Test
    void betweenTransactionsTheScopeIsKeptWhileTheDirectoryStandsStill() {
        as("coordinator.tajikistan", () -> {
            UserScope first = transaction.execute(status -> currentUser.scope());
            UserScope second = transaction.execute(status -> currentUser.scope());
            assertThat(second).isSameAs(first);
            assertThat(currentUser.scope()).isSameAs(first);
        });
    }

    @Test
    void aChangeCommittedByAnotherNodeIsSeenByTheNextRequest() {
        Long personId = newPerson("scope.node.");
        String username = people.get(personId).getUsername();
        Long dushanbe = dushanbe();
        as(username, () -> {
            assertThat(currentUser.scope().sees(dushanbe)).isFalse();
            // What another node's PeopleDirectory writes: the membership and a new stamp, nothing in this JVM.
            jdbc.update(
                    "insert into membership (person_id, role, jurisdiction_id) values (?, 'MEMBER', ?)",
                    personId,
                    dushanbe);
            jdbc.update("update directory_revision set stamp = ? where id = 1", "other-node-" + System.nanoTime());
            assertThat(currentUser.scope().sees(dushanbe)).isTrue();
        });
    }

    @Test
    void aChangeThatRollsBackLeavesNoScopeBehind() {
        Long personId = newPerson("scope.rollback.");
        String username = people.get(personId).getUsername();
        Long dushanbe = dushanbe();
        as(username, () -> {
            String before = revision.current();
            transaction.executeWithoutResult(status -> {
                people.addMembership(personId, Role.MEMBER, dushanbe, null);
                assertThat(currentUser.scope().sees(dushanbe)).isTrue();
                status.setRollbackOnly();
            });
            assertThat(revision.current()).isEqualTo(before);
            assertThat(currentUser.scope().sees(dushanbe))
                    .as("the membership was rolled back")
                    .isFalse();
            people.addMembership(personId, Role.MEMBER, dushanbe, null);
            assertThat(revision.current()).isNotEqualTo(before);
            assertThat(currentUser.scope().sees(dushanbe))
                    .as("the membership was committed")
                    .isTrue();
        });
    }

    private Long newPerson(String prefix) {
        String username = prefix + System.nanoTime() % 1000000;
        return people.create(new NewPerson(username, username, null, "Test", "en"), "{noop}x", false)
                .getId();
    }

    private Long dushanbe() {
        return jurisdictions.findByCode("TJ-DYU").orElseThrow().getId();
    }
}
