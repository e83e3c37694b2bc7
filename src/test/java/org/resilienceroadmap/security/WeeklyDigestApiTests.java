package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code /api/v1/me} tells whether the caller gets the weekly digest; {@code PUT /me/weekly-digest} switches it. */
class WeeklyDigestApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Autowired
    AuditLog audit;

    @Test
    void theCallerSwitchesTheirOwnDigestOffAndTheChangeIsAudited() {
        Fixtures.TestCity city = fixtures.newCity();
        String me = city.member();
        assertThat(api.get(me, "/api/v1/me").getBody().get("weeklyDigest").asBoolean())
                .isTrue();

        ResponseEntity<JsonNode> off = api.put(me, "/api/v1/me/weekly-digest", Map.of("weeklyDigest", false));

        assertThat(off.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(off.getBody().get("weeklyDigest").asBoolean()).isFalse();
        assertThat(api.get(me, "/api/v1/me").getBody().get("weeklyDigest").asBoolean())
                .isFalse();
        assertThat(people.findByUsername(city.chair()).orElseThrow().wantsWeeklyDigest())
                .as("nobody else's")
                .isTrue();
        Long id = people.findByUsername(me).orElseThrow().getId();
        assertThat(audit.history("PERSON", id.toString()))
                .extracting(AuditRecord::getAction, AuditRecord::getActor, AuditRecord::getToState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("account:weekly-digest", me, "off"));

        api.put(me, "/api/v1/me/weekly-digest", Map.of("weeklyDigest", false));
        assertThat(audit.history("PERSON", id.toString()))
                .as("no change, no entry")
                .hasSize(1);
    }

    @Test
    void aMissingChoiceIsRefusedAndChangesNothing() {
        Fixtures.TestCity city = fixtures.newCity();

        ResponseEntity<JsonNode> refused = api.put(city.member(), "/api/v1/me/weekly-digest", Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().toString()).contains("weeklyDigest");
        assertThat(people.findByUsername(city.member()).orElseThrow().wantsWeeklyDigest())
                .isTrue();
    }
}
