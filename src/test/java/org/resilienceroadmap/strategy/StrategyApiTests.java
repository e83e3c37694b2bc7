package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The strategy API: create, draft, submit, versions, diff, review through /tasks, adoption; scope, roles, bad input, conflicts. */
class StrategyApiTests extends IntegrationTest {

    private static final String OUTSIDER = "chair.kraljevo";
    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver driver;

    private TestCity city;

    @BeforeEach
    void newCity() {
        city = fixtures.newCity();
    }

    @Test
    void createsDraftsSubmitsAndReviewsThroughTasks() {
        ResponseEntity<JsonNode> created = api.post(
                city.chair(),
                strategies(),
                Map.of("title", "Resilient city 2030", "periodStart", "2025-01-01", "periodEnd", "2030-12-31"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getBody().get("state").asText()).isEqualTo("DRAFTING");

        ResponseEntity<JsonNode> saved = api.put(
                city.member(),
                "/api/v1/strategies/" + id + "/draft",
                draft(
                        "## Early warning\n\nSirens.",
                        created.getBody().get("version").asLong(),
                        List.of(2, 9)));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().get("objectives").get(0).get("essentials").toString())
                .isEqualTo("[2,9]");
        long version = saved.getBody().get("version").asLong();

        ResponseEntity<JsonNode> submitted = api.post(
                city.chair(),
                "/api/v1/strategies/" + id + "/submit",
                Map.of("reviewers", List.of(city.member()), "version", version));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(submitted.getBody().get("number").asInt()).isEqualTo(1);
        assertThat(api.post(
                                city.chair(),
                                "/api/v1/strategies/" + id + "/submit",
                                Map.of("reviewers", List.of(city.member()), "version", version))
                        .getStatusCode())
                .as("the same draft twice")
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode review = task(city.member(), "Task_ReviewVersion");
        assertThat(review.get("outcomes").toString()).isEqualTo("[\"approve\",\"request-changes\"]");
        assertThat(review.get("subjectType").asText()).isEqualTo("STRATEGY");
        assertThat(review.get("subjectId").asText()).isEqualTo(String.valueOf(id));
        assertThat(api.post(
                                city.member(),
                                "/api/v1/tasks/" + review.get("id").asText() + "/complete",
                                Map.of("outcome", "request-changes"))
                        .getStatusCode())
                .as("needs a comment")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.post(
                                city.member(),
                                "/api/v1/tasks/" + review.get("id").asText() + "/complete",
                                Map.of("outcome", "approve", "comment", "Good"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode versions = api.get(city.member(), "/api/v1/strategies/" + id + "/versions")
                .getBody()
                .get("content");
        assertThat(versions.get(0).get("submittedBy").asText()).isEqualTo(city.chair());
        assertThat(versions.get(0).get("reviews").get(0).get("outcome").asText())
                .isEqualTo("approve");
        assertThat(api.post(
                                city.member(),
                                "/api/v1/strategies/" + id + "/versions/1/comments",
                                Map.of("body", "Which districts?", "section", "Early warning"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode comment = api.get(city.chair(), "/api/v1/strategies/" + id)
                .getBody()
                .get("comments")
                .get(0);
        assertThat(comment.get("version").asInt()).isEqualTo(1);
        assertThat(comment.get("section").asText()).isEqualTo("Early warning");
        assertThat(comment.get("author").asText()).isEqualTo(city.member());
        JsonNode frozen = api.get(city.member(), "/api/v1/strategies/" + id + "/versions/1")
                .getBody();
        assertThat(frozen.get("content").asText()).isEqualTo("## Early warning\n\nSirens.");
        assertThat(api.get(city.member(), "/api/v1/strategies/" + id)
                        .getBody()
                        .get("state")
                        .asText())
                .isEqualTo("IN_REVIEW");
    }

    @Test
    void refusesStaleDraftsBadInputAndTheWrongRoles() {
        long id = driver.current(city.id(), city.chair()).getId();
        JsonNode strategy = api.get(city.member(), "/api/v1/strategies/" + id).getBody();
        long version = strategy.get("version").asLong();
        assertThat(api.put(city.chair(), "/api/v1/strategies/" + id + "/draft", draft("First", version, List.of(1)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> stale =
                api.put(city.member(), "/api/v1/strategies/" + id + "/draft", draft("Second", version, List.of(1)));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").asText())
                .contains(city.chair())
                .contains("reload");
        assertThat(api.get(city.member(), "/api/v1/strategies/" + id)
                        .getBody()
                        .get("content")
                        .asText())
                .isEqualTo("First");

        long now = api.get(city.member(), "/api/v1/strategies/" + id)
                .getBody()
                .get("version")
                .asLong();
        ResponseEntity<JsonNode> badEssential =
                api.put(city.member(), "/api/v1/strategies/" + id + "/draft", draft("x", now, List.of(11)));
        assertThat(badEssential.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badEssential.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("objectives[0].essentials");
        ResponseEntity<JsonNode> backwards = api.post(
                fixtures.newCity().chair(),
                "/api/v1/jurisdictions/" + city.id() + "/strategies",
                Map.of("title", "x", "periodStart", "2030-01-01", "periodEnd", "2025-01-01"));
        assertThat(backwards.getStatusCode()).as("another city's chair").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                                city.member(),
                                strategies(),
                                Map.of("title", "x", "periodStart", "2025-01-01", "periodEnd", "2030-01-01"))
                        .getStatusCode())
                .as("a member does not start one")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.post(
                                city.chair(),
                                strategies(),
                                Map.of("title", "Second", "periodStart", "2025-01-01", "periodEnd", "2030-01-01"))
                        .getStatusCode())
                .as("one in progress at a time")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(api.post(
                                city.member(),
                                "/api/v1/strategies/" + id + "/submit",
                                Map.of("reviewers", List.of(city.member()), "version", now))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> outsiderReviewer = api.post(
                city.chair(),
                "/api/v1/strategies/" + id + "/submit",
                Map.of("reviewers", List.of(OUTSIDER), "version", now));
        assertThat(outsiderReviewer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outsiderReviewer.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("reviewers");
    }

    @Test
    void hidesTheStrategyFromOtherJurisdictions() {
        long id = driver.adopt(city.id(), city.chair(), city.member(), COORDINATOR);
        for (String path : List.of(
                "/api/v1/strategies/" + id,
                "/api/v1/strategies/" + id + "/versions",
                "/api/v1/strategies/" + id + "/versions/1",
                "/api/v1/strategies/" + id + "/timeline",
                "/api/v1/strategies/" + id + "/adoption/document",
                strategies())) {
            assertThat(api.get(OUTSIDER, path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(api.put(OUTSIDER, "/api/v1/strategies/" + id + "/draft", draft("x", 0, List.of()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(OUTSIDER, "/api/v1/strategies/" + id + "/versions/1/comments", Map.of("body", "x"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(OUTSIDER, "/api/v1/tasks").getBody().get("content").findValuesAsText("subjectId"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void recordsTheAdoptionWithASignedDocumentOnlyOfAnAcceptedType() {
        long id = driver.current(city.id(), city.chair()).getId();
        driver.draft(id, city.chair(), "# Strategy");
        driver.submit(id, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), "Task_ReviewVersion", "approve", null);
        driver.decide(city.chair(), city.id(), "Task_ConsolidateReview", "send-for-approval", null);
        assertThat(adopt(city.chair(), id, "decision.pdf", StrategyDriver.PDF).getStatusCode())
                .as("not approved yet")
                .isEqualTo(HttpStatus.CONFLICT);
        driver.decide(COORDINATOR, city.id(), "Task_ApproveStrategy", "approve", null);

        ResponseEntity<JsonNode> disguised = adopt(city.chair(), id, "decision.pdf", "MZ\u0090 not a pdf".getBytes());
        assertThat(disguised.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(disguised.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("document");
        assertThat(adopt(city.member(), id, "decision.pdf", StrategyDriver.PDF).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> adopted = adopt(city.chair(), id, "../../etc/Решение №42.pdf", StrategyDriver.PDF);
        assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(api.get(city.member(), "/api/v1/strategies/" + id)
                        .getBody()
                        .get("state")
                        .asText())
                .isEqualTo("ADOPTED");
        assertThat(adopt(city.chair(), id, "decision.pdf", StrategyDriver.PDF).getStatusCode())
                .as("only once")
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<byte[]> document = rest.withBasicAuth(COORDINATOR, "demo")
                .getForEntity("/api/v1/strategies/" + id + "/adoption/document", byte[].class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getBody()).isEqualTo(StrategyDriver.PDF);
        assertThat(document.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(document.getHeaders().getContentDisposition().getFilename()).isEqualTo("Решение _42.pdf");
        assertThat(document.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private ResponseEntity<JsonNode> adopt(String user, long id, String fileName, byte[] content) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("decisionReference", "No. 42");
        form.add(
                "adoptedOn",
                java.time.LocalDate.now(org.resilienceroadmap.shared.Days.ZONE).toString());
        form.add("adoptingBody", "City council");
        form.add("document", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo")
                .postForEntity(
                        "/api/v1/strategies/" + id + "/adoption", new HttpEntity<>(form, headers), JsonNode.class);
    }

    private JsonNode task(String user, String key) {
        for (JsonNode t : api.get(user, "/api/v1/tasks?size=500").getBody().get("content")) {
            if (t.get("taskKey").asText().equals(key) && t.get("jurisdictionId").asLong() == city.id()) {
                return t;
            }
        }
        throw new AssertionError(user + " has no " + key);
    }

    private String strategies() {
        return "/api/v1/jurisdictions/" + city.id() + "/strategies";
    }

    private static Map<String, Object> draft(String content, long version, List<Integer> essentials) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("version", version);
        body.put("objectives", List.of(Map.of("title", "Warn every district", "essentials", essentials)));
        return body;
    }
}
