package org.resilienceroadmap.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The hub API: a chair's application (201, 409 outside stage C, 400 naming the field), the list and one hub in scope. */
class HubApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Autowired
    Fixtures fixtures;

    @Test
    void theChairAppliesAndTheHubIsReadInScope() {
        HubTestCities cities = HubTestCities.fresh(fixtures, jurisdictions);
        String path = "/api/v1/jurisdictions/" + cities.hub().id() + "/hub-application";
        ResponseEntity<JsonNode> low = api.post(cities.hub().chair(), path, body(cities, "20000"));
        assertThat(low.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(low.getBody().toString()).contains("investmentUsd").contains("25000");
        assertThat(api.post(cities.hub().member(), path, body(cities, "30000")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> created = api.post(cities.hub().chair(), path, body(cities, "30000"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode hub = created.getBody();
        assertThat(hub.get("status").asText()).isEqualTo("APPLIED");
        assertThat(hub.get("investment").get("amount").asText()).isEqualTo("30000.00");
        assertThat(hub.get("investment").get("currency").asText()).isEqualTo("USD");
        assertThat(hub.get("topics")).extracting(JsonNode::asText).containsExactly("STUDY_TOURS", "SEED_FINANCING");
        assertThat(created.getHeaders().getLocation().getPath())
                .isEqualTo("/api/v1/hubs/" + hub.get("id").asLong());
        assertThat(api.post(cities.hub().chair(), path, body(cities, "30000")).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode one = api.get(
                        cities.hub().coordinator(),
                        "/api/v1/hubs/" + hub.get("id").asLong())
                .getBody();
        assertThat(one.get("supportedCities"))
                .extracting(c -> c.get("id").asLong())
                .containsExactly(cities.supported().id());
        assertThat(one.get("supportedCities").get(0).get("stage").asText()).isEqualTo("A");
        assertThat(api.get("chair.kraljevo", "/api/v1/hubs/" + hub.get("id").asLong())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCityOutsideStageCIsRefusedWithAReason() {
        ResponseEntity<JsonNode> refused = api.post(
                "chair.dushanbe",
                "/api/v1/jurisdictions/"
                        + jurisdictions.findByCode("TJ-DYU").orElseThrow().getId() + "/hub-application",
                Map.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("stage C");
    }

    @Test
    void theListNamesKraljevoWithTheCitiesItSupports() {
        JsonNode page = api.get("coordinator.serbia", "/api/v1/hubs").getBody();
        JsonNode kraljevo = null;
        for (JsonNode h : page.get("content")) {
            if (h.get("code").asText().equals("RS-KRA")) {
                kraljevo = h;
            }
        }
        assertThat(kraljevo).isNotNull();
        assertThat(kraljevo.get("hub").asBoolean()).isTrue();
        assertThat(kraljevo.get("termEnd").asText()).isNotBlank();
        assertThat(kraljevo.get("supportedCities"))
                .extracting(c -> c.get("code").asText())
                .containsExactlyInAnyOrder("RS-CAC", "RS-KRU", "RS-VBA");
        assertThat(api.get("chair.dushanbe", "/api/v1/hubs").getBody().get("content"))
                .noneMatch(h -> h.get("code").asText().equals("RS-KRA"));
        assertThat(api.get(
                                "coordinator.serbia",
                                "/api/v1/jurisdictions/"
                                        + jurisdictions
                                                .findByCode("RS-KRA")
                                                .orElseThrow()
                                                .getId())
                        .getBody()
                        .get("resilienceHub")
                        .asBoolean())
                .isTrue();
    }

    private static Map<String, Object> body(HubTestCities cities, String investment) {
        return Map.of(
                "supportedCityIds",
                List.of(cities.supported().id()),
                "topics",
                List.of("SEED_FINANCING", "STUDY_TOURS"),
                "goodPractice",
                true,
                "financedInitiative",
                true,
                "knowledgeTools",
                true,
                "cityExchange",
                true,
                "statement",
                "Flood warning financed from the city budget.",
                "investmentUsd",
                investment);
    }
}
