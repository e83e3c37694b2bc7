package org.resilienceroadmap.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A person and their memberships, read in one statement for the caller's scope. */
class EnrolmentTests extends IntegrationTest {

    @Autowired
    PeopleDirectory people;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Test
    void aPersonComesWithEveryMembershipTheyHoldAndNoneWhenTheyHoldNone() {
        String username = "enrolment." + System.nanoTime() % 1000000;
        Long personId = people.create(new NewPerson(username, username, null, "Test", "en"), "{noop}x", false)
                .getId();

        Enrolment bare = people.enrolment(username).orElseThrow();
        assertThat(bare.person().getId()).isEqualTo(personId);
        assertThat(bare.memberships()).isEmpty();

        Long dushanbe = jurisdictions.findByCode("TJ-DYU").orElseThrow().getId();
        Long tajikistan = jurisdictions.findByCode("TJ").orElseThrow().getId();
        people.addMembership(personId, Role.MEMBER, dushanbe, null);
        people.addMembership(personId, Role.COORDINATOR, tajikistan, null);

        Enrolment enrolled = people.enrolment(username).orElseThrow();
        assertThat(enrolled.person().getUsername()).isEqualTo(username);
        assertThat(enrolled.memberships())
                .extracting(Membership::getRole, Membership::getJurisdictionId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Role.MEMBER, dushanbe),
                        org.assertj.core.groups.Tuple.tuple(Role.COORDINATOR, tajikistan));
        assertThat(people.enrolment("nobody." + username)).isEmpty();
    }
}
