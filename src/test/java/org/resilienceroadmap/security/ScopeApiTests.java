package org.resilienceroadmap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Scope and roles hold in the REST API: out of scope answers 404, a role that may not act 403. */
class ScopeApiTests extends IntegrationTest {

    @Autowired
    org.resilienceroadmap.support.Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    Fixtures fixtures;

    private Long dushanbe;
    private Long kraljevo;

    @BeforeEach
    void findDemoPlaces() {
        dushanbe = directory.findByCode("TJ-DYU").orElseThrow().getId();
        kraljevo = directory.findByCode("RS-KRA").orElseThrow().getId();
    }

    @Test
    void aKraljevoChairSeesNoDushanbeTaskOrJurisdiction() {
        JsonNode tasks = api.get("chair.kraljevo", "/api/v1/tasks").getBody();
        assertThat(tasks.get("content"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("jurisdictionId").asLong()).isEqualTo(kraljevo));
        assertThat(api.get("chair.kraljevo", "/api/v1/jurisdictions/" + dushanbe)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids(api.get("chair.kraljevo", "/api/v1/jurisdictions?size=500")
                        .getBody()))
                .containsExactly(kraljevo);
    }

    @Test
    void aDushanbeChairSeesDushanbeAndNotKraljevo() {
        JsonNode tasks = api.get("chair.dushanbe", "/api/v1/tasks").getBody();
        assertThat(tasks.get("content"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.get("jurisdictionId").asLong()).isEqualTo(dushanbe));
        JsonNode detail =
                api.get("chair.dushanbe", "/api/v1/jurisdictions/" + dushanbe).getBody();
        assertThat(detail.get("name").asText()).isEqualTo("Dushanbe");
        assertThat(detail.get("localName").asText()).isEqualTo("Душанбе");
        assertThat(detail.get("hazards")).isNotEmpty();
        assertThat(api.get("chair.dushanbe", "/api/v1/jurisdictions/" + kraljevo)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCountryCoordinatorCoversItsCitiesAndNothingElse() {
        List<Long> tajik = ids(api.get("coordinator.tajikistan", "/api/v1/jurisdictions?size=500")
                .getBody());
        assertThat(tajik)
                .contains(dushanbe, directory.findByCode("TJ").orElseThrow().getId())
                .doesNotContain(kraljevo);
        assertThat(api.get("coordinator.serbia", "/api/v1/jurisdictions/" + dushanbe)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("coordinator.serbia", "/api/v1/jurisdictions/" + kraljevo)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDonorSeesItsProgrammesJurisdictionsButActsOnlyOnItsReports() {
        List<Long> visible =
                ids(api.get("donor.eu", "/api/v1/jurisdictions?size=500").getBody());
        assertThat(visible).contains(dushanbe).doesNotContain(kraljevo);
        JsonNode me = api.get("donor.eu", "/api/v1/me").getBody();
        assertThat(me.get("programmes")).hasSize(1);
        assertThat(me.get("programmes").get(0).get("code").asText()).isEqualTo("EU-CA-SENDAI");
        // The only work a donor has is answering its programme's reports.
        assertThat(api.get("donor.eu", "/api/v1/tasks").getBody().get("content"))
                .allSatisfy(task -> assertThat(task.get("processKey").asText()).isEqualTo("donor-report"));

        String dushanbeTask = api.get("chair.dushanbe", "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        assertThat(api.post(
                                "donor.eu",
                                "/api/v1/tasks/" + dushanbeTask + "/complete",
                                Map.of("outcome", "complete", "comment", "done"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("donor.eu", "/api/v1/tasks/" + dushanbeTask + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("chair.kraljevo", "/api/v1/tasks/" + dushanbeTask + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("chair.dushanbe", "/api/v1/tasks")
                        .getBody()
                        .get("content")
                        .get(0)
                        .get("assignee")
                        .isNull())
                .isTrue();
    }

    @Test
    void aSecondCompletionAnswers409AndAClaimOfAnotherPersonsTask409() {
        TestCity city = fixtures.newCity();
        as("coordinator.tajikistan", () -> roadmap.join(city.id(), LocalDate.of(2024, 1, 15)));
        String assign = api.get(city.chair(), "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();

        assertThat(api.post(city.chair(), "/api/v1/tasks/" + assign + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + assign + "/complete", Map.of("outcome", "start"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> again =
                api.post(city.chair(), "/api/v1/tasks/" + assign + "/complete", Map.of("outcome", "start"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();

        JsonNode scoring =
                api.get(city.member(), "/api/v1/tasks?size=500").getBody().get("content");
        assertThat(scoring).hasSize(10);
        String essential = scoring.get(0).get("id").asText();
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + essential + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.post(city.member(), "/api/v1/tasks/" + essential + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.post(city.member(), "/api/v1/tasks/" + essential + "/complete", Map.of("outcome", "done"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.post(city.coordinator(), "/api/v1/tasks/" + essential + "/claim", Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get(city.member(), "/api/v1/tasks?size=500").getBody().get("content"))
                .hasSize(9);
        assertThat(api.get(city.chair(), "/api/v1/jurisdictions/" + city.id())
                        .getBody()
                        .get("stage")
                        .asText())
                .isEqualTo("A");
    }

    @Test
    void answersProblemJsonForBadInputUnknownIdsAndMissingCredentials() {
        ResponseEntity<JsonNode> unknown =
                api.post("chair.dushanbe", "/api/v1/tasks/no-such-task/complete", Map.of("outcome", "complete"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String task = api.get("chair.dushanbe", "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        ResponseEntity<JsonNode> wrongOutcome = api.post(
                "chair.dushanbe", "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "approve", "comment", "x"));
        assertThat(wrongOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongOutcome.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("outcome");

        ResponseEntity<JsonNode> missing = api.post("chair.dushanbe", "/api/v1/tasks/" + task + "/complete", Map.of());
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().get("errors").get(0).get("field").asText()).isEqualTo("outcome");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> malformed = rest.withBasicAuth("chair.dushanbe", "demo")
                .exchange(
                        "/api/v1/tasks/" + task + "/complete",
                        HttpMethod.POST,
                        new HttpEntity<>("{\"outcome\":", headers),
                        JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(api.get("chair.dushanbe", "/api/v1/tasks?size=501").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/api/v1/me", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
        assertThat(rest.withBasicAuth("chair.dushanbe", "wrong")
                        .getForEntity("/api/v1/me", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // Nothing of the above changed the task.
        assertThat(api.get("chair.dushanbe", "/api/v1/tasks")
                        .getBody()
                        .get("content")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo(task);
    }

    @Test
    void onlyAdminsAndCoordinatorsInScopeRecordJoining() {
        TestCity city = fixtures.newCity();
        Map<String, String> body = Map.of("joinedOn", "2024-05-01");
        assertThat(api.post("donor.eu", "/api/v1/jurisdictions/" + city.id() + "/join", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("coordinator.serbia", "/api/v1/jurisdictions/" + city.id() + "/join", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                                "coordinator.tajikistan",
                                "/api/v1/jurisdictions/" + city.id() + "/join",
                                Map.of(
                                        "joinedOn",
                                        LocalDate.now(Days.ZONE).plusDays(3).toString()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post("coordinator.tajikistan", "/api/v1/jurisdictions/" + city.id() + "/join", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(city.chair(), "/api/v1/jurisdictions/" + city.id())
                        .getBody()
                        .get("stage")
                        .asText())
                .isEqualTo("A");
        assertThat(api.post("admin", "/api/v1/jurisdictions/" + city.id() + "/join", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void publishesTheOpenApiDocument() {
        JsonNode doc = api.get("admin", "/v3/api-docs").getBody();
        assertThat(doc.get("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/jurisdictions/{id}")).isTrue();
        assertThat(doc.get("paths").has("/api/v1/me")).isTrue();
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("content").findValues("id").stream()
                .map(JsonNode::asLong)
                .toList();
    }
}
