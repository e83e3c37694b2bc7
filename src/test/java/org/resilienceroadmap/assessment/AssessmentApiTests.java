package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The assessment API: open, score, results; scope, roles, bad input and stale versions answered as the contract says. */
class AssessmentApiTests extends IntegrationTest {

    @Autowired
    org.resilienceroadmap.support.Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Test
    void opensScoresAndReportsResultsWithUnansweredQuestionsAsMissing() {
        TestCity city = fixtures.newCity();
        ResponseEntity<JsonNode> opened = api.post(
                city.chair(),
                "/api/v1/jurisdictions/" + city.id() + "/assessments",
                Map.of("template", "preliminary", "workshopStart", "2021-08-11", "workshopEnd", "2021-08-12"));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = opened.getBody().get("id").asLong();
        assertThat(api.put(city.chair(), "/api/v1/assessments/" + id + "/answers/P1.1", Map.of("score", 2))
                        .getStatusCode())
                .as("no scoring before the chair starts it")
                .isEqualTo(HttpStatus.CONFLICT);

        String assign = api.get(city.chair(), "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + assign + "/complete", Map.of("outcome", "start"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> first = api.put(
                city.member(),
                "/api/v1/assessments/" + id + "/answers/P1.1",
                Map.of("score", 2, "comment", "Strategy drafted, not adopted"));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.put(city.chair(), "/api/v1/assessments/" + id + "/answers/P1.1", Map.of("score", 1))
                        .getStatusCode())
                .as("a second answer must name the version it replaces")
                .isEqualTo(HttpStatus.CONFLICT);
        Map<String, Object> revised = new HashMap<>(Map.of("score", 1));
        revised.put("version", first.getBody().get("version").asLong());
        assertThat(api.put(city.chair(), "/api/v1/assessments/" + id + "/answers/P1.1", revised)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.put(city.member(), "/api/v1/assessments/" + id + "/answers/P1.2", Map.of("score", 3))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> outOfScale =
                api.put(city.member(), "/api/v1/assessments/" + id + "/answers/P1.3", Map.of("score", 4));
        assertThat(outOfScale.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfScale.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("score");
        assertThat(api.put(city.member(), "/api/v1/assessments/" + id + "/answers/P99.1", Map.of("score", 1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.put(
                                city.member(),
                                "/api/v1/assessments/" + id + "/answers/P1.3",
                                Map.of("score", 1, "evidenceLink", "javascript:alert(1)"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode results =
                api.get(city.member(), "/api/v1/assessments/" + id + "/results").getBody();
        JsonNode organise = results.get("essentials").get(0);
        assertThat(organise.get("essential").asInt()).isEqualTo(1);
        assertThat(organise.get("score").asInt()).isEqualTo(4);
        assertThat(organise.get("max").asInt()).isEqualTo(9);
        assertThat(organise.get("missing").asInt()).isEqualTo(1);
        assertThat(organise.get("percent").asDouble()).isEqualTo(66.7);
        assertThat(results.get("essentials").get(1).get("percent").isNull()).isTrue();
        JsonNode overall = results.get("essentials").get(10);
        assertThat(overall.get("essential").asInt()).isZero();
        assertThat(overall.get("max").asInt()).isEqualTo(141);

        assertThat(api.get("chair.kraljevo", "/api/v1/assessments/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.put("donor.eu", "/api/v1/assessments/" + id + "/answers/P1.3", Map.of("score", 1))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.get("donor.eu", "/api/v1/assessments/" + id).getBody().get("answers"))
                .hasSize(2);
    }

    @Test
    void refusesOpeningByOthersThanTheChairAndWithAnUnknownTemplate() {
        TestCity city = fixtures.newCity();
        String path = "/api/v1/jurisdictions/" + city.id() + "/assessments";
        assertThat(api.post(city.member(), path, Map.of("template", "preliminary"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post("chair.kraljevo", path, Map.of("template", "preliminary"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> unknown = api.post(city.chair(), path, Map.of("template", "no-such"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().get("errors").get(0).get("field").asText()).isEqualTo("template");
        assertThat(api.post(
                                city.chair(),
                                path,
                                Map.of(
                                        "template",
                                        "preliminary",
                                        "workshopStart",
                                        "2021-08-12",
                                        "workshopEnd",
                                        "2021-08-11"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.get(city.chair(), path).getBody().get("content")).isEmpty();
    }

    @Test
    void recordsWorkshopParticipantsFromTheWorkingGroupAndByName() {
        TestCity city = fixtures.newCity();
        long id = api.post(
                        city.chair(),
                        "/api/v1/jurisdictions/" + city.id() + "/assessments",
                        Map.of("template", "public-health"))
                .getBody()
                .get("id")
                .asLong();
        String path = "/api/v1/assessments/" + id + "/participants";
        assertThat(api.post(city.chair(), path, Map.of("username", city.member()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(
                                city.chair(),
                                path,
                                Map.of("name", "Farida Sultanova", "organisation", "Republican Centre for Seismology"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(api.post(city.chair(), path, Map.of("username", "chair.kraljevo"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(city.member(), path, Map.of("name", "Someone")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode participants = api.get(city.member(), path).getBody().get("content");
        assertThat(participants.findValuesAsText("name")).containsExactlyInAnyOrder(city.member(), "Farida Sultanova");
    }

    @Test
    void listsTemplatesAndLoadsAFurtherOneOnlyForAdmins() {
        assertThat(api.get("member.dushanbe", "/api/v1/scorecard-templates")
                        .getBody()
                        .get("content")
                        .findValuesAsText("id"))
                .contains("preliminary", "public-health");
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource("{\n  \"id\": \"x\"\n}".getBytes()) {
            @Override
            public String getFilename() {
                return "broken.json";
            }
        });
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> broken = rest.withBasicAuth("admin", "demo")
                .postForEntity("/api/v1/scorecard-templates", new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody().get("detail").asText()).startsWith("broken.json, line ");
        assertThat(rest.withBasicAuth("coordinator.tajikistan", "demo")
                        .postForEntity("/api/v1/scorecard-templates", new HttpEntity<>(body, headers), JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
