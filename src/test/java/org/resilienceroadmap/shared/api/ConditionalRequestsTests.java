package org.resilienceroadmap.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.funding.DonorReports;
import org.resilienceroadmap.funding.NewProgramme;
import org.resilienceroadmap.funding.ProgrammeService;
import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.publication.PublicationService;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Api;
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

/**
 * Optimistic concurrency by HTTP: single resources answer their version as a strong ETag, and their
 * writes take If-Match — a stale one is 412 with nothing stored, one that disagrees with the body's
 * version is 412, the current one or * goes through and answers the new ETag; If-None-Match is 304.
 */
class ConditionalRequestsTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    PublicationService publications;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    DonorReports reports;

    @Autowired
    RuntimeService runtime;

    @Test
    void aStrategyDraftIsTaggedAndSavedOnlyAgainstTheVersionRead() {
        TestCity city = fixtures.newCity();
        long id = api.post(
                        city.chair(),
                        "/api/v1/jurisdictions/" + city.id() + "/strategies",
                        Map.of("title", "Resilient city 2030", "periodStart", "2025-01-01", "periodEnd", "2030-12-31"))
                .getBody()
                .get("id")
                .asLong();
        String path = "/api/v1/strategies/" + id;
        String read = taggedRead(city.member(), path, "version");

        ResponseEntity<JsonNode> saved =
                send(city.member(), HttpMethod.PUT, path + "/draft", Map.of("content", "Sirens."), read);
        assertThat(saved.getStatusCode())
                .as("If-Match stands in for the version")
                .isEqualTo(HttpStatus.OK);
        String now = tagOf(saved, "version");
        assertThat(now).isNotEqualTo(read);

        ResponseEntity<JsonNode> stale =
                send(city.member(), HttpMethod.PUT, path + "/draft", Map.of("content", "Lost."), read);
        assertPreconditionFailed(stale);
        assertThat(stale.getBody().get("detail").asText()).contains("version is now " + unquoted(now));
        assertThat(api.get(city.member(), path).getBody().get("content").asText())
                .as("nothing stored")
                .isEqualTo("Sirens.");

        assertPreconditionFailed(send(
                city.member(),
                HttpMethod.PUT,
                path + "/draft",
                Map.of("content", "Lost.", "version", Long.parseLong(unquoted(read))),
                now));
        assertThat(api.get(city.member(), path).getBody().get("content").asText())
                .isEqualTo("Sirens.");

        ResponseEntity<JsonNode> anyVersion =
                send(city.member(), HttpMethod.PUT, path + "/draft", Map.of("content", "Sirens, twelve."), "*");
        assertThat(anyVersion.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tagOf(anyVersion, "version")).isNotEqualTo(now);
        assertThat(api.get(city.member(), path).getBody().get("content").asText())
                .isEqualTo("Sirens, twelve.");
    }

    @Test
    void anActionIsTaggedAndEditedOnlyAgainstTheVersionRead() {
        TestCity city = fixtures.newCity();
        Long strategyId = actions.adoptedStrategy(city);
        Long objectiveId = actions.objectiveOf(strategyId, city.member());
        long id = actions.propose(
                        city, strategyId, "Sirens", LocalDate.now(Days.ZONE).plusMonths(6))
                .getId();
        String path = "/api/v1/actions/" + id;
        ResponseEntity<JsonNode> first = api.get(city.member(), path);
        String read = first.getHeaders().getETag();
        assertThat(read)
                .isEqualTo("\"" + first.getBody().get("action").get("version").asLong() + "\"");

        ResponseEntity<JsonNode> saved =
                send(city.member(), HttpMethod.PUT, path, action(objectiveId, city, "Sirens and vans"), read);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        String now = saved.getHeaders().getETag();
        assertThat(now)
                .isEqualTo("\"" + saved.getBody().get("action").get("version").asLong() + "\"")
                .isNotEqualTo(read);

        assertPreconditionFailed(send(city.member(), HttpMethod.PUT, path, action(objectiveId, city, "Lost"), read));
        Map<String, Object> disagreeing = action(objectiveId, city, "Lost");
        disagreeing.put("version", Long.parseLong(unquoted(read)));
        assertPreconditionFailed(send(city.member(), HttpMethod.PUT, path, disagreeing, now));
        assertThat(api.get(city.member(), path)
                        .getBody()
                        .get("action")
                        .get("title")
                        .asText())
                .as("nothing stored")
                .isEqualTo("Sirens and vans");

        ResponseEntity<JsonNode> anyVersion =
                send(city.member(), HttpMethod.PUT, path, action(objectiveId, city, "Sirens, vans, radio"), "*");
        assertThat(anyVersion.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.get(city.member(), path)
                        .getBody()
                        .get("action")
                        .get("title")
                        .asText())
                .isEqualTo("Sirens, vans, radio");
    }

    @Test
    void anAnswerIsTaggedAndRescoredOnlyAgainstTheVersionRead() {
        TestCity city = fixtures.newCity();
        long id = api.post(
                        city.chair(),
                        "/api/v1/jurisdictions/" + city.id() + "/assessments",
                        Map.of("template", "preliminary"))
                .getBody()
                .get("id")
                .asLong();
        String start = api.get(city.chair(), "/api/v1/tasks")
                .getBody()
                .get("content")
                .get(0)
                .get("id")
                .asText();
        api.post(city.chair(), "/api/v1/tasks/" + start + "/complete", Map.of("outcome", "start"));
        String path = "/api/v1/assessments/" + id + "/answers/P1.1";
        assertThat(api.get(city.member(), path).getStatusCode())
                .as("unanswered")
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<JsonNode> answered = api.put(city.member(), path, Map.of("score", 2));
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        String read = taggedRead(city.member(), path, "version");
        assertThat(answered.getHeaders().getETag())
                .as("a write answers the new ETag")
                .isEqualTo(read);

        ResponseEntity<JsonNode> rescored = send(city.member(), HttpMethod.PUT, path, Map.of("score", 3), read);
        assertThat(rescored.getStatusCode()).isEqualTo(HttpStatus.OK);
        String now = tagOf(rescored, "version");
        assertThat(now).isNotEqualTo(read);

        assertPreconditionFailed(send(city.member(), HttpMethod.PUT, path, Map.of("score", 0), read));
        assertPreconditionFailed(send(
                city.member(),
                HttpMethod.PUT,
                path,
                Map.of("score", 0, "version", Long.parseLong(unquoted(read))),
                now));
        assertThat(api.get(city.member(), path).getBody().get("score").asInt())
                .as("nothing stored")
                .isEqualTo(3);

        assertThat(send(city.member(), HttpMethod.PUT, path, Map.of("score", 1), "*")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get(city.member(), path).getBody().get("score").asInt()).isEqualTo(1);
    }

    @Test
    void aPublicationIsWithdrawnOnlyAgainstTheVersionRead() {
        TestCity city = fixtures.newCity();
        as(city.chair(), () -> publications.propose(city.id()));
        String path = "/api/v1/jurisdictions/" + city.id() + "/publication";
        String read = taggedRead(city.chair(), path, "version");

        assertPreconditionFailed(send(city.chair(), HttpMethod.POST, path + "/withdraw", Map.of(), "\"999\""));
        assertPreconditionFailed(send(city.chair(), HttpMethod.POST, path + "/withdraw", Map.of(), "W/" + read));
        assertThat(api.get(city.chair(), path).getBody().get("state").asText())
                .as("nothing stored")
                .isEqualTo("PROPOSED");

        ResponseEntity<JsonNode> withdrawn = send(city.chair(), HttpMethod.POST, path + "/withdraw", Map.of(), read);
        assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(tagOf(withdrawn, "version")).isNotEqualTo(read);
    }

    @Test
    void aReportNarrativeIsEditedOnlyAgainstTheVersionRead() {
        TestCity city = fixtures.newCity("TJ");
        LocalDate today = LocalDate.now(Days.ZONE);
        Long programme = as(
                        "admin",
                        () -> programmes.create(new NewProgramme(
                                "E-" + city.code(),
                                "Tagged programme " + city.code(),
                                "Test donor",
                                new BigDecimal("100000"),
                                "EUR",
                                today.minusMonths(2),
                                today.plusMonths(9),
                                Set.of(city.id()),
                                null,
                                null,
                                null,
                                null,
                                List.of())))
                .getId();
        as("admin", () -> reports.openReporting(programme));
        as(city.coordinator(), () -> reports.requestNow(programme));
        Object report = runtime.getVariable(
                runtime.createProcessInstanceQuery()
                        .processDefinitionKey(DonorReportProcess.KEY)
                        .processInstanceBusinessKey(String.valueOf(programme))
                        .singleResult()
                        .getId(),
                "subjectId");
        String path = "/api/v1/donor-reports/" + report;
        String read = taggedRead(city.coordinator(), path, "version");

        ResponseEntity<JsonNode> edited = send(
                city.coordinator(), HttpMethod.PUT, path + "/narrative", Map.of("narrative", "Half a year."), read);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        String now = tagOf(edited, "version");
        assertThat(now).isNotEqualTo(read);

        assertPreconditionFailed(
                send(city.coordinator(), HttpMethod.PUT, path + "/narrative", Map.of("narrative", "Lost."), read));
        assertPreconditionFailed(send(
                city.coordinator(),
                HttpMethod.PUT,
                path + "/narrative",
                Map.of("narrative", "Lost.", "version", Long.parseLong(unquoted(read))),
                now));
        assertThat(api.get(city.coordinator(), path).getBody().get("narrative").asText())
                .as("nothing stored")
                .isEqualTo("Half a year.");

        assertThat(send(
                                city.coordinator(),
                                HttpMethod.PUT,
                                path + "/narrative",
                                Map.of("narrative", "Half a year of work."),
                                "*")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(api.get(city.coordinator(), path).getBody().get("narrative").asText())
                .isEqualTo("Half a year of work.");
    }

    /** An indicator has no read of its own: If-Match stands in for the version, the service's check stays 409. */
    @Test
    void anIndicatorTakesIfMatchForItsVersion() {
        TestCity city = fixtures.newCity("TJ");
        ResponseEntity<JsonNode> opened = api.post(
                "admin",
                "/api/v1/programmes",
                Map.of(
                        "code", "ETAG-" + System.nanoTime(),
                        "title", "Tagged indicators",
                        "donor", "Test donor",
                        "amount", Map.of("amount", "1000.00", "currency", "EUR"),
                        "periodStart", "2025-01-01",
                        "periodEnd", "2027-12-31",
                        "jurisdictionIds", List.of(city.id())));
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long programme = opened.getBody().get("summary").get("id").asLong();
        String p = "/api/v1/programmes/" + programme;
        api.post("admin", p + "/results", Map.of("kind", "OUTCOME", "code", "OC1", "title", "Warned in time"));
        api.post(
                "admin",
                p + "/indicators",
                Map.of("resultCode", "OC1", "code", "I1", "name", "Sirens", "unit", "count"));
        long read = version(p, "I1");

        ResponseEntity<JsonNode> renamed = send(
                "admin",
                HttpMethod.PUT,
                p + "/indicators/I1",
                Map.of("name", "Sirens", "unit", "sirens"),
                "\"" + read + "\"");
        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        long now = version(p, "I1");
        assertThat(now).isGreaterThan(read);

        assertPreconditionFailed(send(
                "admin",
                HttpMethod.PUT,
                p + "/indicators/I1",
                Map.of("name", "Lost", "unit", "count", "version", read),
                "\"" + now + "\""));
        assertThat(send(
                                "admin",
                                HttpMethod.PUT,
                                p + "/indicators/I1",
                                Map.of("name", "Lost", "unit", "count"),
                                "\"" + read + "\"")
                        .getStatusCode())
                .as("stale, found by the service's own check")
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(version(p, "I1")).as("nothing stored").isEqualTo(now);
    }

    private long version(String programme, String indicator) {
        for (JsonNode v : api.get("admin", programme).getBody().get("indicatorVersions")) {
            if (v.get("code").asText().equals(indicator)) {
                return v.get("version").asLong();
            }
        }
        throw new AssertionError("no indicator " + indicator);
    }

    @Test
    void aReadAnswersNotModifiedToItsCurrentTagOnly() {
        TestCity city = fixtures.newCity();
        as(city.chair(), () -> publications.propose(city.id()));
        String path = "/api/v1/jurisdictions/" + city.id() + "/publication";
        String tag = taggedRead(city.chair(), path, "version");

        ResponseEntity<JsonNode> unchanged = send(city.chair(), HttpMethod.GET, path, null, null, tag);
        assertThat(unchanged.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(unchanged.getBody()).isNull();
        assertThat(unchanged.getHeaders().getETag()).isEqualTo(tag);
        assertThat(send(city.chair(), HttpMethod.GET, path, null, null, "\"999\"")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutIfMatchAStaleBodyVersionIsStillAConflict() {
        TestCity city = fixtures.newCity();
        as(city.chair(), () -> publications.propose(city.id()));
        String path = "/api/v1/jurisdictions/" + city.id() + "/publication";
        long version = api.get(city.chair(), path).getBody().get("version").asLong();
        assertThat(api.post(city.chair(), path + "/withdraw", Map.of("version", version + 7))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void everyCurrentReadNamedByAWriteExistsAndTakesOnlyTheWritesPathVariables() {
        var writes = handlers.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().hasMethodAnnotation(HonoursIfMatch.class))
                .toList();
        assertThat(writes).hasSizeGreaterThanOrEqualTo(13);
        writes.forEach(e -> {
            String current =
                    e.getValue().getMethodAnnotation(HonoursIfMatch.class).current();
            if (current.isEmpty()) {
                return;
            }
            String path =
                    e.getKey().getPathPatternsCondition().getFirstPattern().getPatternString();
            var read = java.util.Arrays.stream(e.getValue().getBeanType().getDeclaredMethods())
                    .filter(m -> m.getName().equals(current))
                    .findFirst();
            assertThat(read).as(path + " names " + current).isPresent();
            assertThat(Versioned.class).isAssignableFrom(read.get().getReturnType());
            for (var parameter : read.get().getParameters()) {
                assertThat(path).as(current).contains("{" + parameter.getName() + "}");
            }
        });
    }

    @Test
    void theOpenApiDocumentNamesTheHeadersWhereTheyAreHonoured() {
        JsonNode paths = api.get("admin", "/v3/api-docs").getBody().get("paths");
        JsonNode draft = paths.get("/api/v1/strategies/{id}/draft").get("put");
        assertThat(draft.get("parameters").findValuesAsText("name")).contains("If-Match");
        assertThat(draft.get("responses").has("412")).isTrue();
        assertThat(draft.get("responses").get("200").get("headers").has("ETag")).isTrue();
        JsonNode strategy = paths.get("/api/v1/strategies/{id}").get("get");
        assertThat(strategy.get("responses").get("200").get("headers").has("ETag"))
                .isTrue();
        assertThat(strategy.get("parameters").findValuesAsText("name")).contains("If-None-Match");

        JsonNode proposal = paths.get("/api/v1/strategies/{id}/actions").get("post");
        assertThat(proposal.get("parameters").findValuesAsText("name")).doesNotContain("If-Match");
        assertThat(proposal.get("responses").has("412")).isFalse();
        JsonNode register = paths.get("/api/v1/actions").get("get");
        assertThat(register.get("responses").get("200").has("headers")).isFalse();
    }

    private String taggedRead(String user, String path, String versionField) {
        ResponseEntity<JsonNode> read = api.get(user, path);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        return tagOf(read, versionField);
    }

    /** The ETag, checked to be the body's version, strong and quoted. */
    private static String tagOf(ResponseEntity<JsonNode> response, String versionField) {
        assertThat(response.getHeaders().getETag())
                .isEqualTo("\"" + response.getBody().get(versionField).asLong() + "\"");
        return response.getHeaders().getETag();
    }

    private static String unquoted(String tag) {
        return tag.replace("\"", "");
    }

    private static void assertPreconditionFailed(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("status").asInt()).isEqualTo(412);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body, String ifMatch) {
        return send(user, method, path, body, ifMatch, null);
    }

    private ResponseEntity<JsonNode> send(
            String user, HttpMethod method, String path, Object body, String ifMatch, String ifNoneMatch) {
        HttpHeaders headers = new HttpHeaders();
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (ifNoneMatch != null) {
            headers.set(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static Map<String, Object> action(Long objectiveId, TestCity city, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectiveId", objectiveId);
        body.put("title", title);
        body.put("leadAgency", "Khukumat of the city");
        body.put("owner", city.member());
        body.put("start", LocalDate.now(Days.ZONE).minusMonths(1).toString());
        body.put("due", "2031-03-31");
        body.put("budget", Map.of("amount", "5000", "currency", "usd"));
        body.put("essentials", List.of(2, 9));
        return body;
    }
}
