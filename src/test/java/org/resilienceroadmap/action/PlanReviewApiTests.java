package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The review API: an imported plan decided row by row and all remaining at once, its task completed
 * through /tasks; the route on the action's JSON; who reviews a strategy's proposals; scope, roles, bad input.
 */
class PlanReviewApiTests extends IntegrationTest {

    private static final String OUTSIDER = "chair.kraljevo";

    @Autowired
    Api api;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver driver;

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
    void aPlanIsDecidedRowByRowAndTheRouteShowsOnTheActions() {
        byte[] plan = ActionPlanFiles.csv(List.of(
                ActionPlanFiles.row(objectiveId, "Sirens", city.member(), "60000"),
                ActionPlanFiles.row(objectiveId, "Monument", city.member(), "4000"),
                ActionPlanFiles.row(objectiveId, "Drains", city.member(), "9000")));
        ResponseEntity<JsonNode> imported =
                ActionPlanFiles.upload(rest, city.member(), strategyId, "plan.csv", plan, false);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        long reviewId = imported.getBody().get("reviewId").asLong();
        String path = "/api/v1/action-plan-reviews/" + reviewId;

        JsonNode review = api.get(city.chair(), path).getBody();
        assertThat(review.get("fileName").asText()).isEqualTo("plan.csv");
        assertThat(review.get("mayDecide").asBoolean()).isTrue();
        assertThat(review.get("undecided").asInt()).isEqualTo(3);
        assertThat(review.get("rows").findValuesAsText("title")).containsExactly("Sirens", "Monument", "Drains");
        assertThat(review.get("rows").get(0).get("decision").isNull()).isTrue();
        List<Long> ids = review.get("rows").findValues("actionId").stream()
                .map(JsonNode::asLong)
                .toList();
        assertThat(api.get(city.member(), path).getBody().get("mayDecide").asBoolean())
                .isFalse();
        assertThat(api.get(OUTSIDER, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String row = path + "/rows/" + ids.get(1);
        assertThat(api.put(city.member(), row, Map.of("decision", "decline", "comment", "x"))
                        .getStatusCode())
                .as("the proposer does not decide")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.put(city.chair(), row, Map.of("decision", "maybe")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> noReason = api.put(city.chair(), row, Map.of("decision", "decline"));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("detail").asText()).contains("write the reason");
        JsonNode declined = api.put(city.chair(), row, Map.of("decision", "decline", "comment", "Not risk reduction"))
                .getBody();
        assertThat(declined.get("rows").get(1).get("decision").asText()).isEqualTo("decline");
        assertThat(declined.get("rows").get(1).get("comment").asText()).isEqualTo("Not risk reduction");
        assertThat(declined.get("undecided").asInt()).isEqualTo(2);

        JsonNode remaining =
                api.post(city.chair(), path + "/accept-remaining", null).getBody();
        assertThat(remaining.get("accepted").asInt()).isEqualTo(2);
        assertThat(remaining.get("review").get("rows").findValuesAsText("decision"))
                .containsExactly("accept", "decline", "accept");

        String task = api.get(city.chair(), "/api/v1/tasks").getBody().findParents("subjectId").stream()
                .filter(t -> t.get("subjectId").asText().equals(String.valueOf(reviewId))
                        && t.get("processKey").asText().equals(ActionProcess.PLAN_REVIEW_KEY))
                .map(t -> t.get("id").asText())
                .findFirst()
                .orElseThrow();
        assertThat(api.post(city.chair(), "/api/v1/tasks/" + task + "/complete", Map.of("outcome", "decide"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api.get(city.chair(), path).getBody().get("decided").asBoolean())
                .isTrue();
        assertThat(api.put(city.chair(), row, Map.of("decision", "accept")).getStatusCode())
                .as("decided already")
                .isEqualTo(HttpStatus.CONFLICT);

        JsonNode sirens = api.get(city.member(), "/api/v1/actions/" + ids.get(0))
                .getBody()
                .get("action");
        assertThat(sirens.get("acceptedBy").asText()).isEqualTo(city.chair());
        assertThat(sirens.get("route").get("levels").toString()).isEqualTo("[\"national\"]");
        assertThat(sirens.get("route").get("rule").asInt()).isEqualTo(4);
        assertThat(sirens.get("route").get("tableVersion").asInt()).isPositive();
        assertThat(sirens.get("route").get("ruleText").asText()).isNotBlank();
        assertThat(sirens.get("route").get("tellDonor").asBoolean()).isFalse();
        assertThat(sirens.get("approvedBy")).isEmpty();
        driver.decide(ActionDriver.COORDINATOR, ids.get(0), ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        assertThat(api.get(city.member(), "/api/v1/actions/" + ids.get(0))
                        .getBody()
                        .get("action")
                        .get("approvedBy")
                        .toString())
                .isEqualTo("[\"" + ActionDriver.COORDINATOR + "\"]");
        JsonNode monument = api.get(city.member(), "/api/v1/actions/" + ids.get(1))
                .getBody()
                .get("action");
        assertThat(monument.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(monument.get("route").isNull()).as("declined, never routed").isTrue();
    }

    @Test
    void theChairNamesWhoReviewsAndOthersReadIt() {
        String path = "/api/v1/strategies/" + strategyId + "/action-reviewers";
        String second = fixtures.anotherAccount(city, Role.MEMBER);
        JsonNode none = api.get(city.member(), path).getBody();
        assertThat(none.get("usernames")).isEmpty();
        assertThat(none.get("mayName").asBoolean()).isFalse();
        assertThat(api.get(city.chair(), path).getBody().get("mayName").asBoolean())
                .isTrue();

        assertThat(api.put(city.member(), path, Map.of("usernames", List.of(second)))
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api.put(city.chair(), path, Map.of("usernames", List.of(ActionDriver.COORDINATOR)))
                        .getStatusCode())
                .as("only the working group")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.put(city.chair(), path, Map.of("usernames", List.of(second)))
                        .getBody()
                        .get("usernames")
                        .toString())
                .isEqualTo("[\"" + second + "\"]");
        assertThat(api.get(city.member(), path).getBody().get("usernames").toString())
                .isEqualTo("[\"" + second + "\"]");
        assertThat(api.get(OUTSIDER, path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
