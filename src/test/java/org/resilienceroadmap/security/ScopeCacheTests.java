package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.NewJurisdiction;
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caller's scope is worked out once per transaction, and afresh after the directory changes in
 * it: a city created or a membership added is seen at once, never a stale scope.
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

    @Test
    void oneTransactionWorksTheScopeOutOnceAndAgainAfterTheDirectoryChanges() {
        as("coordinator.tajikistan", () -> transaction.executeWithoutResult(status -> {
            UserScope first = currentUser.scope();
            assertThat(currentUser.scope()).isSameAs(first);
            Long tajikistan = jurisdictions.findByCode("TJ").orElseThrow().getId();
            Long city = jurisdictions.create(new NewJurisdiction("TJ-SCOPE-" + System.nanoTime() % 100000,
                    "Scope test city", null, JurisdictionLevel.CITY, tajikistan)).getId();
            assertThat(first.sees(city)).isFalse();
            assertThat(currentUser.scope().sees(city)).as("a city made in this transaction is in scope at once").isTrue();
            assertThat(currentUser.scope().coordinates(city)).isTrue();
        }));
    }

    @Test
    void aMembershipAddedInTheTransactionCountsAtOnce() {
        String username = "scope.test." + System.nanoTime() % 1000000;
        Long personId = people.create(new NewPerson(username, username, null, "Test", "en"), "{noop}x", false).getId();
        Long dushanbe = jurisdictions.findByCode("TJ-DYU").orElseThrow().getId();
        as(username, () -> transaction.executeWithoutResult(status -> {
            assertThat(currentUser.scope().sees(dushanbe)).isFalse();
            people.addMembership(personId, Role.MEMBER, dushanbe, null);
            assertThat(currentUser.scope().sees(dushanbe)).isTrue();
        }));
    }

    @Test
    void outsideATransactionEveryCallReadsTheDirectory() {
        as("coordinator.tajikistan", () -> {
            assertThat(currentUser.scope()).isNotSameAs(currentUser.scope()).isEqualTo(currentUser.scope());
        });
    }
}
