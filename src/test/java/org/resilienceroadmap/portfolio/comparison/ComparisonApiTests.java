package org.resilienceroadmap.portfolio.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Cities side by side over the REST API, on the demo's Serbia (Kraljevo's assessment is validated). */
class ComparisonApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    JurisdictionDirectory jurisdictions;

    @Test
    void givesSerbiasCoordinatorTheHeatMapWithKraljevosScoresAndTheLinkToItsAssessment() {
        Long serbia = id("RS");
        Long kraljevo = id("RS-KRA");
        JsonNode subjects = api.get("coordinator.serbia", "/api/v1/comparison/subjects")
                .getBody()
                .get("content");
        assertThat(subjects.findValuesAsText("name")).contains("Serbia");

        ResponseEntity<JsonNode> answer =
                api.get("coordinator.serbia", "/api/v1/comparison/country/" + serbia + "/essentials?size=100");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode map = answer.getBody();
        assertThat(map.at("/subject/kind").asText()).isEqualTo("country");
        assertThat(map.get("template").asText()).isEqualTo("preliminary");
        assertThat(map.get("essentials")).hasSize(10);
        JsonNode row = null;
        for (JsonNode city : map.at("/cities/content")) {
            if (city.get("id").asLong() == kraljevo) {
                row = city;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("assessment").asText())
                .isEqualTo("/api/v1/assessments/" + row.get("assessmentId").asLong());
        // The demo's scores of Essential 1: 3, 1 and 1 of 3 each.
        assertThat(row.at("/cells/0/essential").asInt()).isEqualTo(1);
        assertThat(row.at("/cells/0/percent").asDouble()).isEqualTo(55.6);
        assertThat(row.at("/cells/0/change").asText()).isEqualTo("none");
        assertThat(map.at("/cities/totalElements").asInt()).isGreaterThanOrEqualTo(11);
    }

    @Test
    void givesTheStagesOverTimeAndTheDaysPerStage() {
        Long serbia = id("RS");
        JsonNode quarters = api.get("coordinator.serbia", "/api/v1/comparison/country/" + serbia + "/stages-over-time")
                .getBody()
                .get("content");
        JsonNode last = quarters.get(quarters.size() - 1);
        assertThat(last.get("stageA").asInt()
                        + last.get("stageB").asInt()
                        + last.get("stageC").asInt())
                .isPositive();
        assertThat(last.get("total").asInt())
                .isEqualTo(last.get("notJoined").asInt()
                        + last.get("joined").asInt()
                        + last.get("stageA").asInt()
                        + last.get("stageB").asInt()
                        + last.get("stageC").asInt());

        JsonNode days = api.get("coordinator.serbia", "/api/v1/comparison/country/" + serbia + "/stage-days")
                .getBody()
                .get("content");
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.get("country").asText()).isEqualTo("Serbia");
            assertThat(d.at("/stageA/completed").asInt()).isPositive();
            assertThat(d.at("/stageA/medianDays").isNumber()).isTrue();
        });
    }

    @Test
    void answersOutOfScopeWith404ARoleThatMayNotCompareWith403AndAnUnknownKindWith400() {
        Long serbia = id("RS");
        assertThat(api.get("donor.eu", "/api/v1/comparison/country/" + serbia + "/essentials")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("chair.kraljevo", "/api/v1/comparison/country/" + serbia + "/essentials")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> kind =
                api.get("coordinator.serbia", "/api/v1/comparison/region/" + serbia + "/stage-days");
        assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(kind.getBody().toString()).contains("programme").contains("country");
        assertThat(api.get("coordinator.serbia", "/api/v1/comparison/country/" + serbia + "/essentials?size=501")
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get("coordinator.serbia", "/api/v1/comparison/country/" + serbia + "/essentials?template=nope")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void showsTheEuDonorTheCitiesOfItsProgramme() {
        JsonNode subjects =
                api.get("donor.eu", "/api/v1/comparison/subjects").getBody().get("content");
        JsonNode programme = null;
        for (JsonNode s : subjects) {
            if (s.get("kind").asText().equals("programme")) {
                programme = s;
            }
        }
        assertThat(programme).isNotNull();
        JsonNode map = api.get(
                        "donor.eu",
                        "/api/v1/comparison/programme/" + programme.get("id").asLong() + "/essentials")
                .getBody();
        assertThat(map.at("/cities/content").findValuesAsText("code"))
                .contains("TJ-DYU")
                .doesNotContain("RS-KRA");
    }

    private Long id(String code) {
        return jurisdictions.findByCode(code).orElseThrow().getId();
    }
}
