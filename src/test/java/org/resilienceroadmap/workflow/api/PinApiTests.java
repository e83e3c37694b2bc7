package org.resilienceroadmap.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Pins over the REST API: given with the return's completion, listed under the subject, answered by its working group. */
class PinApiTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    Api api;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private String id;

    @BeforeEach
    void anAssessmentInValidation() {
        city = fixtures.newCity();
        id = String.valueOf(as(
                        city.chair(),
                        () -> assessments.open(
                                city.id(), "preliminary", LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 12)))
                .getId());
        completeAs(city.chair(), AssessmentProcess.TASK_ASSIGN, "start");
        for (String who : List.of(city.chair(), city.member())) {
            for (TaskItem t : tasks(who, AssessmentProcess.TASK_SCORE)) {
                as(who, () -> inbox.complete(t.id(), "done", null, Map.of()));
            }
        }
        completeAs(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit");
    }

    @Test
    void pinsGoWithTheReturnAndAreAnsweredOnceBeforeTheResubmission() {
        String validate =
                tasks(COORDINATOR, AssessmentProcess.TASK_VALIDATE).get(0).id();
        ResponseEntity<JsonNode> refused = api.post(
                COORDINATOR,
                "/api/v1/tasks/" + validate + "/complete",
                Map.of(
                        "outcome",
                        "return",
                        "comment",
                        "See the pins",
                        "pins",
                        List.of(Map.of("item", "question:NOPE", "text", "x"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().toString()).contains("pins").contains("NOPE");

        ResponseEntity<JsonNode> returned = api.post(
                COORDINATOR,
                "/api/v1/tasks/" + validate + "/complete",
                Map.of(
                        "outcome",
                        "return",
                        "comment",
                        "See the pins",
                        "pins",
                        List.of(Map.of("item", "question:P1.1", "text", "Which decree?"))));
        assertThat(returned.getStatusCode().value()).isEqualTo(204);

        String pins = "/api/v1/assessments/" + id + "/pins";
        JsonNode listed = api.get(city.member(), pins + "?open=true").getBody();
        assertThat(listed.get("totalElements").asInt()).isEqualTo(1);
        JsonNode pin = listed.get("content").get(0);
        assertThat(pin.get("item").asText()).isEqualTo("question:P1.1");
        assertThat(pin.get("itemLabel").asText()).startsWith("P1.1 · ");
        assertThat(pin.get("text").asText()).isEqualTo("Which decree?");
        assertThat(pin.get("author").asText()).isEqualTo(COORDINATOR);
        assertThat(pin.get("open").asBoolean()).isTrue();
        assertThat(api.get("chair.kraljevo", pins).getStatusCode().value()).isEqualTo(404);

        String consolidate =
                tasks(city.chair(), AssessmentProcess.TASK_CONSOLIDATE).get(0).id();
        ResponseEntity<JsonNode> early =
                api.post(city.chair(), "/api/v1/tasks/" + consolidate + "/complete", Map.of("outcome", "submit"));
        assertThat(early.getStatusCode().value()).isEqualTo(409);
        assertThat(early.getBody().get("detail").asText())
                .isEqualTo("1 pinned comment is still unanswered: answer it before submitting again");

        String answer = pins + "/" + pin.get("id").asText() + "/answer";
        assertThat(api.post(COORDINATOR, answer, Map.of("answer", "Fine"))
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
        ResponseEntity<JsonNode> answered = api.post(
                city.member(),
                answer,
                Map.of("answer", "Decree 12/2019", "version", pin.get("version").asLong()));
        assertThat(answered.getStatusCode().value()).isEqualTo(200);
        assertThat(answered.getBody().get("open").asBoolean()).isFalse();
        assertThat(answered.getBody().get("answeredBy").asText()).isEqualTo(city.member());
        assertThat(api.post(city.chair(), answer, Map.of("answer", "Again"))
                        .getStatusCode()
                        .value())
                .isEqualTo(409);

        assertThat(api.post(city.chair(), "/api/v1/tasks/" + consolidate + "/complete", Map.of("outcome", "submit"))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        JsonNode history = api.get(COORDINATOR, pins).getBody().get("content").get(0);
        assertThat(history.get("text").asText()).isEqualTo("Which decree?");
        assertThat(history.get("answer").asText()).isEqualTo("Decree 12/2019");
    }

    private void completeAs(String who, String taskKey, String outcome) {
        List<TaskItem> open = tasks(who, taskKey);
        assertThat(open).hasSize(1);
        as(who, () -> inbox.complete(open.get(0).id(), outcome, null, Map.of()));
    }

    private List<TaskItem> tasks(String who, String taskKey) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.processKey().equals(AssessmentProcess.KEY)
                        && id.equals(t.subjectId())
                        && t.taskKey().equals(taskKey))
                .toList();
    }
}
