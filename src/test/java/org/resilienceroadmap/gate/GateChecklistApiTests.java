package org.resilienceroadmap.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The checklist over REST: read, configure, tick; and the task API refuses an approval with items open. */
class GateChecklistApiTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JurisdictionDirectory directory;

    private GateScene scene;
    private GateScene.Country country;
    private TestCity city;

    @BeforeEach
    void aCityAtItsStageAGate() {
        scene = GateScene.of(context);
        country = scene.newCountry();
        city = scene.atStageAGate(country);
    }

    @Test
    void readsTheChecklistInScopeAndRefusesAnApprovalWithMandatoryItemsOpen() {
        ResponseEntity<JsonNode> read = api.get(city.coordinator(), checklist());
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = read.getBody();
        assertThat(body.get("source").asText()).isEqualTo("DEFAULT");
        assertThat(body.get("closable").asBoolean()).isFalse();
        assertThat(body.get("items").get(1).get("label").asText())
                .isEqualTo("A working group recorded with enough members");
        assertThat(body.get("items").get(1).get("found").asText())
                .isEqualTo("Working group: 2 people; at least 3 needed");
        assertThat(api.get(scene.atStageAGate(country).chair(), checklist()).getStatusCode())
                .as("another city's chair")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(city.coordinator(), "/api/v1/jurisdictions/" + city.id() + "/gates/x-y/checklist")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String task = scene.gate(city).id();
        ResponseEntity<JsonNode> refused =
                api.post(city.coordinator(), "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "approve"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText())
                .startsWith("The gate cannot be approved while mandatory")
                .contains("The hazards of the city recorded");
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);

        ResponseEntity<JsonNode> overridden = api.post(
                city.coordinator(),
                "/api/v1/tasks/" + task + "/complete",
                Map.of("outcome", "approve", "overrideReason", "Hazard study commissioned"));
        assertThat(overridden.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
    }

    @Test
    void aCountrysCoordinatorConfiguresAndTheChairTicksWithALink() {
        String path = "/api/v1/gate-checklists/country/" + country.id() + "/a-b";
        assertThat(api.get(city.chair(), path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode defaults = api.get(country.coordinator(), path).getBody();
        assertThat(defaults.get("configured").asBoolean()).isFalse();
        assertThat(defaults.get("items")).hasSize(3);

        Map<String, Object> change = Map.of(
                "items", List.of(Map.of("kind", "MANUAL", "label", "Council resolution attached", "mandatory", true)));
        ResponseEntity<JsonNode> saved = api.put(country.coordinator(), path, change);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().get("items").get(0).get("code").asText()).isEqualTo("manual-1");
        assertThat(api.put(country.coordinator(), path, change).getStatusCode())
                .as("no version: stale")
                .isEqualTo(HttpStatus.CONFLICT);

        assertThat(tick(city.chair(), "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tick(city.member(), "https://city.example/resolution-12").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> ticked = tick(city.chair(), "https://city.example/resolution-12");
        assertThat(ticked.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ticked.getBody().get("closable").asBoolean()).isTrue();
        assertThat(ticked.getBody().get("items").get(0).get("tick").get("link").asText())
                .isEqualTo("https://city.example/resolution-12");
    }

    private ResponseEntity<JsonNode> tick(String user, String link) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("note", "Resolution 12");
        form.add("link", link);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity(checklist() + "/manual-1/tick", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private String checklist() {
        return "/api/v1/jurisdictions/" + city.id() + "/gates/a-b/checklist";
    }
}
