package org.resilienceroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Joining at a stage, the entry's evidence and its validation over the REST API, as an integrator drives them. */
class RoadmapEntryApiTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Test
    void joinsAtBAttachesThePriorAssessmentAndTheCoordinatorAcceptsThroughTasks() {
        TestCity city = fixtures.newCity();
        assertThat(api.post(COORDINATOR, join(city), Map.of("joinedOn", "2021-02-01", "stage", "D"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(COORDINATOR, join(city), Map.of("joinedOn", "2021-02-01", "stage", "B"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode entry = api.get(city.member(), "/api/v1/jurisdictions/" + city.id() + "/entry")
                .getBody();
        assertThat(entry.get("requestedStage").asText()).isEqualTo("B");
        assertThat(entry.get("evidenceComplete").asBoolean()).isFalse();
        assertThat(entry.get("decision").isNull()).isTrue();

        JsonNode attach = task(city.chair(), "Task_AttachEntryEvidence", city);
        ResponseEntity<JsonNode> early = api.post(
                city.chair(),
                "/api/v1/tasks/" + attach.get("id").asText() + "/complete",
                Map.of("outcome", "sendEntry"));
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody().toString()).contains("prior assessment");
        assertThat(upload(city.member(), city, "scorecard.pdf").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(city.chair(), city, "scorecard.exe").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> uploaded = upload(city.chair(), city, "scorecard.pdf");
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody().get("documentName").asText()).isEqualTo("scorecard.pdf");
        assertThat(api.post(
                                city.chair(),
                                "/api/v1/tasks/" + attach.get("id").asText() + "/complete",
                                Map.of("outcome", "sendEntry"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode validate = task(COORDINATOR, "Task_ValidateEntry", city);
        ResponseEntity<JsonNode> sameStage = api.post(
                COORDINATOR,
                "/api/v1/tasks/" + validate.get("id").asText() + "/complete",
                Map.of("outcome", "sendBack", "comment", "No", "sendBackTo", "B"));
        assertThat(sameStage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(
                                COORDINATOR,
                                "/api/v1/tasks/" + validate.get("id").asText() + "/complete",
                                Map.of("outcome", "acceptEntry"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode place =
                api.get(city.member(), "/api/v1/jurisdictions/" + city.id()).getBody();
        assertThat(place.get("stage").asText()).isEqualTo("B");
        assertThat(place.get("stageHistory").get(0).get("entered").asText()).startsWith("2021-02-01T00:00");
        assertThat(place.get("stageHistory").get(0).get("approvedBy").asText()).isEqualTo(COORDINATOR);
        assertThat(place.get("stageHistory").get(0).get("days").asLong()).isGreaterThan(365);
        ResponseEntity<byte[]> document = rest.withBasicAuth(city.member(), "demo")
                .getForEntity("/api/v1/jurisdictions/" + city.id() + "/entry/document", byte[].class);
        assertThat(new String(document.getBody(), StandardCharsets.US_ASCII)).startsWith("%PDF");
        assertThat(api.get("chair.kraljevo", "/api/v1/jurisdictions/" + city.id() + "/entry")
                        .getStatusCode())
                .as("out of scope")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void stageTimesArePerCountryWithinTheCallersScope() {
        JsonNode serbia = api.get("coordinator.serbia", "/api/v1/jurisdictions/stage-times")
                .getBody()
                .get("content");
        assertThat(serbia).hasSize(1);
        assertThat(serbia.get(0).get("country").asText()).isEqualTo("Serbia");
        // The demo's five passed stage A after 255 to 409 days (other tests may add Serbian cities of their own).
        assertThat(serbia.get(0).get("stageA").get("completed").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(serbia.get(0).get("stageA").get("medianDays").isNumber()).isTrue();
        assertThat(serbia.get(0).get("localGovernments").asInt()).isGreaterThanOrEqualTo(11);
        JsonNode tajikistan = api.get(COORDINATOR, "/api/v1/jurisdictions/stage-times")
                .getBody()
                .get("content");
        assertThat(tajikistan.toString()).doesNotContain("Serbia");
    }

    private static String join(TestCity city) {
        return "/api/v1/jurisdictions/" + city.id() + "/join";
    }

    private ResponseEntity<JsonNode> upload(String user, TestCity city, String fileName) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("document", new ByteArrayResource("%PDF-1.4\nscorecard\n%%EOF".getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/v1/jurisdictions/" + city.id() + "/entry/evidence",
                        new HttpEntity<>(form, headers),
                        JsonNode.class);
    }

    private JsonNode task(String user, String key, TestCity city) {
        for (JsonNode t : api.get(user, "/api/v1/tasks?size=500").getBody().get("content")) {
            if (t.get("taskKey").asText().equals(key) && t.get("jurisdictionId").asLong() == city.id()) {
                return t;
            }
        }
        throw new AssertionError(user + " has no " + key);
    }
}
