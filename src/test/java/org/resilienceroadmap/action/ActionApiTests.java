package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
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

/** The action API: propose, the filtered register, progress with evidence, milestones; scope, roles, bad input. */
class ActionApiTests extends IntegrationTest {

    private static final String OUTSIDER = "chair.kraljevo";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

    @Autowired
    StrategyDriver strategies;

    private TestCity city;
    private Long strategyId;
    private Long objectiveId;

    @BeforeEach
    void adoptAStrategy() {
        city = fixtures.newCity();
        strategyId = driver.adoptedStrategy(city);
        objectiveId = driver.objectiveOf(strategyId, city.member());
    }

    @Test
    void proposesListsWithFiltersAndReportsProgress() {
        ResponseEntity<JsonNode> created = api.post(
                city.member(),
                "/api/v1/strategies/" + strategyId + "/actions",
                proposal("Flood gauges on the Varzob", "2030-06-30", "120000.50"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getBody().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(created.getBody().get("budget").get("amount").asText()).isEqualTo("120000.50");
        driver.approved(city, strategyId, "Old sirens", LocalDate.now(Days.ZONE).minusDays(1));

        JsonNode all = api.get(city.member(), "/api/v1/actions?jurisdictionId=" + city.id())
                .getBody();
        assertThat(all.get("totalElements").asInt()).isEqualTo(2);
        assertThat(api.get(city.member(), "/api/v1/actions?jurisdictionId=" + city.id() + "&status=PROPOSED")
                        .getBody()
                        .get("content")
                        .findValuesAsText("title"))
                .containsExactly("Flood gauges on the Varzob");
        assertThat(api.get(city.member(), "/api/v1/actions?jurisdictionId=" + city.id() + "&overdue=true")
                        .getBody()
                        .get("content")
                        .findValuesAsText("title"))
                .containsExactly("Old sirens");
        assertThat(api.get(city.member(), "/api/v1/actions?jurisdictionId=" + city.id() + "&essential=9")
                        .getBody()
                        .get("totalElements")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.get(city.member(), "/api/v1/actions?jurisdictionId=" + city.id() + "&essential=1")
                        .getBody()
                        .get("totalElements")
                        .asInt())
                .isZero();

        driver.accept(city, id);
        String approval =
                driver.task(ActionDriver.COORDINATOR, id, "Task_ApproveAction").id();
        assertThat(api.post(
                                ActionDriver.COORDINATOR,
                                "/api/v1/tasks/" + approval + "/complete",
                                Map.of("outcome", "approve"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.post(
                                city.member(),
                                "/api/v1/actions/" + id + "/progress",
                                Map.of("percent", 30, "narrative", "Four gauges installed"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> withFile = multipart(
                city.member(),
                "/api/v1/actions/" + id + "/progress",
                "50",
                "Seven gauges",
                "gauges.pdf",
                StrategyDriver.PDF);
        assertThat(withFile.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode progress = withFile.getBody().get("progress");
        assertThat(progress.findValuesAsText("percent")).containsExactly("30", "50");
        String href = progress.get(1).get("evidence").get(0).get("href").asText();
        ResponseEntity<byte[]> file =
                rest.withBasicAuth(ActionDriver.COORDINATOR, "demo").getForEntity(href, byte[].class);
        assertThat(file.getBody()).isEqualTo(StrategyDriver.PDF);
        assertThat(api.get(OUTSIDER, href).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> milestone = api.post(
                city.member(),
                "/api/v1/actions/" + id + "/milestones",
                Map.of(
                        "title",
                        "Gauges ordered",
                        "target",
                        LocalDate.now(Days.ZONE).minusDays(3).toString()));
        assertThat(milestone.getBody().get("milestones").get(0).get("missed").asBoolean())
                .isTrue();
        long milestoneId =
                milestone.getBody().get("milestones").get(0).get("id").asLong();
        assertThat(api.put(
                                city.member(),
                                "/api/v1/actions/" + id + "/milestones/" + milestoneId,
                                Map.of(
                                        "actualDate",
                                        LocalDate.now(Days.ZONE).minusDays(1).toString()))
                        .getBody()
                        .get("milestones")
                        .get(0)
                        .get("missed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusesOutsidersTheWrongRolesAndBadInput() {
        long id = driver.propose(
                        city, strategyId, "Sirens", LocalDate.now(Days.ZONE).plusMonths(6))
                .getId();
        assertThat(api.get(OUTSIDER, "/api/v1/actions/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get(OUTSIDER, "/api/v1/actions?jurisdictionId=" + city.id())
                        .getBody()
                        .get("totalElements")
                        .asInt())
                .isZero();
        assertThat(api.post(OUTSIDER, "/api/v1/actions/" + id + "/progress", Map.of("percent", 10, "narrative", "x"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(OUTSIDER, "/api/v1/strategies/" + strategyId + "/actions", proposal("x", "2030-01-01", "1"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.post(
                                ActionDriver.COORDINATOR,
                                "/api/v1/strategies/" + strategyId + "/actions",
                                proposal("x", "2030-01-01", "1"))
                        .getStatusCode())
                .as("coordinators do not propose")
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> negative = api.post(
                city.member(), "/api/v1/strategies/" + strategyId + "/actions", proposal("Sirens", "2030-01-01", "-5"));
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().get("errors").get(0).get("field").asText())
                .isEqualTo("budget");
        Map<String, Object> unknownOwner = proposal("Sirens", "2030-01-01", "5");
        unknownOwner.put("owner", OUTSIDER);
        assertThat(api.post(city.member(), "/api/v1/strategies/" + strategyId + "/actions", unknownOwner)
                        .getBody()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("owner");
        assertThat(api.post(
                                city.member(),
                                "/api/v1/actions/" + id + "/progress",
                                Map.of("percent", 10, "narrative", "x"))
                        .getStatusCode())
                .as("not approved yet")
                .isEqualTo(HttpStatus.CONFLICT);

        TestCity other = fixtures.newCity();
        Long draft = strategies.current(other.id(), other.chair()).getId();
        Long objective = driver.objectiveOf(
                strategies.draft(draft, other.chair(), "# Draft").getId(), other.chair());
        Map<String, Object> early = proposal("Too early", "2030-01-01", "5");
        early.put("objectiveId", objective);
        early.put("owner", other.member());
        assertThat(api.post(other.member(), "/api/v1/strategies/" + draft + "/actions", early)
                        .getStatusCode())
                .as("the strategy is not adopted")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theRegisterAndItsExportsNameAFilterOfTheWrongForm() {
        for (String path : List.of("/api/v1/actions", "/api/v1/actions.csv", "/api/v1/actions.xlsx")) {
            for (String field : List.of("status", "essential", "overdue", "jurisdictionId")) {
                ResponseEntity<JsonNode> refused = api.get(city.member(), path + "?" + field + "=many");
                assertThat(refused.getStatusCode()).as(path + " " + field).isEqualTo(HttpStatus.BAD_REQUEST);
                JsonNode error = refused.getBody().get("errors").get(0);
                assertThat(error.get("field").asText()).as(path).isEqualTo(field);
                assertThat(error.get("message").asText())
                        .as("says what, not how Java failed")
                        .isEqualTo("The value of " + field + " has the wrong type or form.");
            }
        }
    }

    private Map<String, Object> proposal(String title, String due, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("objectiveId", objectiveId);
        body.put("title", title);
        body.put("leadAgency", "Khukumat of the city");
        body.put("owner", city.member());
        body.put("start", "2026-01-01");
        body.put("due", due);
        body.put("budget", Map.of("amount", amount, "currency", "eur"));
        body.put("essentials", List.of(2, 9));
        return body;
    }

    private ResponseEntity<JsonNode> multipart(
            String user, String path, String percent, String narrative, String fileName, byte[] content) {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("percent", percent);
        form.add("narrative", narrative);
        form.add("evidence", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(form, headers), JsonNode.class);
    }
}
