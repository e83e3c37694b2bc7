package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/tasks/bulk-complete} and {@code bulk-claim}: one answer per task; the list's filters and subjects. */
class TaskBulkApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionService actionService;

    @Autowired
    TaskInbox inbox;

    @Test
    void completesEachTaskAndAnswersEachWithTheStatusItsSingleCallWouldHave() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 3);
        List<String> ids = Approvals.tasks(actions, plan);
        String colleague = Approvals.takenByColleague(fixtures, inbox, city, ids.get(1));
        List<String> asked = new ArrayList<>(ids);
        asked.add("no-such-task");

        ResponseEntity<JsonNode> answer = api.post(
                COORDINATOR,
                "/api/v1/tasks/bulk-complete",
                Map.of("taskIds", asked, "outcome", "approve", "comment", "Agreed."));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = answer.getBody();
        assertThat(body.get("done").asInt()).isEqualTo(2);
        assertThat(body.get("refused").asInt()).isEqualTo(2);
        List<JsonNode> results = new ArrayList<>();
        body.get("results").forEach(results::add);
        assertThat(results).extracting(r -> r.get("taskId").asText()).containsExactlyElementsOf(asked);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(200, 409, 200, 404);
        assertThat(results.get(1).get("reason").asText()).isEqualTo("taken");
        assertThat(results.get(1).get("heldBy").asText()).isEqualTo(colleague);
        assertThat(results.get(3).get("reason").asText()).isEqualTo("not-found");
        assertThat(plan)
                .extracting(a -> as(COORDINATOR, () -> actionService.detail(a.getId()))
                        .action()
                        .getStatus())
                .containsExactly(ActionStatus.APPROVED, ActionStatus.PROPOSED, ActionStatus.APPROVED);
    }

    @Test
    void refusesABodyWithoutTasksOrOutcomeAsAProblem() {
        for (Object body : List.of(
                Map.of("taskIds", List.of(), "outcome", "approve"),
                Map.of("taskIds", List.of("x")),
                Map.of("outcome", "approve"))) {
            ResponseEntity<JsonNode> answer = api.post(COORDINATOR, "/api/v1/tasks/bulk-complete", body);
            assertThat(answer.getStatusCode()).as(body.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        }
        assertThat(api.post(COORDINATOR, "/api/v1/tasks/bulk-claim", Map.of("taskIds", List.of()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aMemberGetsEveryApprovalRefusedAndTheCoordinatorClaimsThemInBulk() {
        TestCity city = fixtures.newCity();
        List<String> ids = Approvals.tasks(actions, Approvals.plan(actions, actionService, city, 2));

        JsonNode byMember = api.post(
                        city.member(), "/api/v1/tasks/bulk-complete", Map.of("taskIds", ids, "outcome", "approve"))
                .getBody();
        assertThat(byMember.get("done").asInt()).isZero();
        byMember.get("results").forEach(r -> assertThat(r.get("status").asInt()).isEqualTo(403));

        JsonNode claimed = api.post(COORDINATOR, "/api/v1/tasks/bulk-claim", Map.of("taskIds", ids))
                .getBody();
        assertThat(claimed.get("done").asInt()).isEqualTo(2);
        assertThat(ids)
                .allSatisfy(id -> assertThat(
                                as(COORDINATOR, () -> inbox.get(id)).assignee())
                        .isEqualTo(COORDINATOR));
    }

    @Test
    void filtersTheListByPlanAndCityAndNamesEachSubjectWithItsCity() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 3);
        Long strategy = plan.get(0).getStrategyId();

        JsonNode page = api.get(COORDINATOR, "/api/v1/tasks?plan=STRATEGY:" + strategy + "&size=500")
                .getBody();
        List<JsonNode> items = new ArrayList<>();
        page.get("content").forEach(items::add);
        assertThat(items).hasSize(3).allSatisfy(t -> {
            assertThat(t.get("jurisdictionId").asLong()).isEqualTo(city.id());
            assertThat(t.get("subject").asText()).startsWith("Test city " + city.code() + " · Siren ");
            assertThat(t.get("route").asText())
                    .isEqualTo("actions/" + t.get("subjectId").asText());
        });
        JsonNode byCity = api.get(COORDINATOR, "/api/v1/tasks?city=" + city.id() + "&process=action&size=500")
                .getBody();
        assertThat(byCity.get("content")).hasSize(3);
        JsonNode overdue = api.get(COORDINATOR, "/api/v1/tasks?city=" + city.id() + "&due=overdue")
                .getBody();
        assertThat(overdue.get("content")).isEmpty();
        assertThat(api.get(COORDINATOR, "/api/v1/tasks?due=someday").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
