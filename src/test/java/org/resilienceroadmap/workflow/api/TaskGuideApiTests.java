package org.resilienceroadmap.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.assessment.AssessmentService;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Api;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/v1/tasks} and {@code GET /api/v1/tasks/{id}} say how to complete a task (description,
 * outcomes with the comment each needs, typed fields, links that lead somewhere), and the list narrows
 * by process, subject, jurisdiction and due day with its counts right.
 */
class TaskGuideApiTests extends IntegrationTest {

    @Autowired
    Api api;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskService engineTasks;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aChairsReviewSaysWhichOutcomesNeedACommentAndWhereToGo() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        Action action = actions.proposed(
                city, strategy, "Sirens", LocalDate.now(Days.ZONE).plusMonths(10));

        JsonNode page = api.get(
                        city.chair(),
                        "/api/v1/tasks?subjectType=ACTION&subjectId=" + action.getId() + "&jurisdictionId=" + city.id())
                .getBody();
        assertThat(page.get("totalElements").asInt()).isEqualTo(1);
        JsonNode task = page.get("content").get(0);
        assertThat(task.get("taskKey").asText()).isEqualTo("Task_ReviewAction");
        assertThat(task.get("description").asText()).startsWith("The working group reviews the proposal");
        assertThat(task.get("outcomes").toString()).isEqualTo("[\"accept\",\"change\",\"decline\"]");
        assertThat(names(task.get("outcomeDetails"), "name")).containsExactly("accept", "change", "decline");
        assertThat(names(task.get("outcomeDetails"), "label"))
                .containsExactly("Accept into the plan", "Ask for changes", "Decline");
        assertThat(names(task.get("outcomeDetails"), "commentRequired")).containsExactly("false", "true", "true");
        assertThat(task.get("fields")).isEmpty();
        String id = task.get("id").asText();
        JsonNode links = task.get("links");
        assertThat(links.get("subject").asText()).isEqualTo("/api/v1/actions/" + action.getId());
        assertThat(links.get("page").asText()).isEqualTo("/actions/" + action.getId());
        assertThat(links.get("complete").asText()).isEqualTo("/api/v1/tasks/" + id + "/complete");
        ResponseEntity<JsonNode> subject =
                api.get(city.chair(), links.get("subject").asText());
        assertThat(subject.getStatusCode().value()).isEqualTo(200);
        assertThat(subject.getBody().toString()).contains("Sirens");

        JsonNode russian = inRussian(city.chair(), "/api/v1/tasks/" + id).getBody();
        assertThat(russian.get("id").asText()).isEqualTo(id);
        assertThat(russian.get("description").asText()).containsPattern("[А-Яа-я]");
        assertThat(russian.get("outcomeDetails").get(1).get("label").asText()).containsPattern("[А-Яа-я]");

        assertThat(api.get("chair.kraljevo", "/api/v1/tasks/" + id)
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
        ResponseEntity<JsonNode> silent =
                api.post(city.chair(), links.get("complete").asText(), Map.of("outcome", "change"));
        assertThat(silent.getStatusCode().value()).isEqualTo(400);
        assertThat(silent.getBody().get("errors").get(0).get("field").asText()).isEqualTo("comment");
        assertThat(api.post(
                                city.chair(),
                                links.get("complete").asText(),
                                Map.of("outcome", "change", "comment", "Name the districts."))
                        .getStatusCode()
                        .value())
                .isEqualTo(204);
        assertThat(api.get(city.chair(), "/api/v1/tasks/" + id).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void aValidationTaskListsItsFieldsWithTheirTypesAndTakesThem() {
        TestCity city = fixtures.newCity();
        Long assessment = assessmentInValidation(city);

        JsonNode task = api.get(COORDINATOR, "/api/v1/tasks?processKey=assessment&subjectId=" + assessment)
                .getBody()
                .get("content")
                .get(0);
        assertThat(task.get("taskKey").asText()).isEqualTo(AssessmentProcess.TASK_VALIDATE);
        // The country's coordinator, who sees every city of it, finds this city's task by its jurisdiction.
        JsonNode ofTheCity = api.get(COORDINATOR, "/api/v1/tasks?jurisdictionId=" + city.id())
                .getBody();
        assertThat(ofTheCity.get("totalElements").asInt()).isEqualTo(1);
        assertThat(ofTheCity.get("content").get(0).get("id").asText())
                .isEqualTo(task.get("id").asText());
        assertThat(names(task.get("outcomeDetails"), "commentRequired")).containsExactly("false", "true");
        assertThat(names(task.get("fields"), "name")).containsExactly("returnEssentials", "returnNotes", "pins");
        assertThat(names(task.get("fields"), "type")).containsExactly("integer-list", "json", "object-list");
        assertThat(names(task.get("fields"), "required")).containsExactly("false", "false", "false");
        task.get("fields")
                .forEach(f -> assertThat(f.get("description").asText()).isNotBlank());
        assertThat(task.get("links").get("subject").asText()).isEqualTo("/api/v1/assessments/" + assessment);
        assertThat(api.get(COORDINATOR, task.get("links").get("subject").asText())
                        .getStatusCode()
                        .value())
                .isEqualTo(200);

        ResponseEntity<JsonNode> returned = api.post(
                COORDINATOR,
                task.get("links").get("complete").asText(),
                Map.of("outcome", "return", "comment", "Score Essential 2 again.", "returnEssentials", List.of(2)));
        assertThat(returned.getStatusCode().value()).isEqualTo(204);
        assertThat(api.get(COORDINATOR, "/api/v1/assessments/" + assessment)
                        .getBody()
                        .get("assessment")
                        .get("state")
                        .asText())
                .isEqualTo(AssessmentState.SCORING.name());
    }

    @Test
    void eachFilterNarrowsTheListAndItsCountsBeforeItIsPaged() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        List<Action> proposed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            proposed.add(actions.proposed(
                    city, strategy, "Siren " + i, LocalDate.now(Days.ZONE).plusMonths(10)));
        }
        as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null));
        String in = "/api/v1/tasks?jurisdictionId=" + city.id();
        String chair = city.chair();

        int all = total(chair, in);
        assertThat(all).isGreaterThanOrEqualTo(4);
        assertThat(total(chair, in + "&subjectType=ACTION")).isEqualTo(3);
        assertThat(total(chair, in + "&processKey=action")).isEqualTo(3);
        assertThat(total(chair, in + "&processKey=assessment&subjectType=ASSESSMENT"))
                .isEqualTo(1);
        assertThat(total(chair, in + "&processKey=assessment&subjectType=ACTION"))
                .isZero();
        assertThat(total(
                        chair,
                        in + "&subjectType=ACTION&subjectId=" + proposed.get(1).getId()))
                .isEqualTo(1);
        assertThat(total(
                        chair,
                        "/api/v1/tasks?subjectType=ACTION&subjectId="
                                + proposed.get(1).getId()))
                .isEqualTo(1);
        assertThat(total(city.coordinator(), in + "&subjectType=ACTION")).isZero();
        TestCity elsewhere = fixtures.newCity("RS");
        assertThat(total(elsewhere.chair(), in)).isZero();

        JsonNode first = api.get(chair, in + "&subjectType=ACTION&size=2").getBody();
        assertThat(first.get("content")).hasSize(2);
        assertThat(first.get("totalElements").asInt()).isEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo(2);
        JsonNode second =
                api.get(chair, in + "&subjectType=ACTION&size=2&page=1").getBody();
        assertThat(second.get("content")).hasSize(1);
        assertThat(second.get("totalElements").asInt()).isEqualTo(3);
    }

    @Test
    void dueBeforeAndAfterLeaveTheDayItselfOutAndTasksWithoutADueDate() {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Long action = actions.proposed(
                            city,
                            strategy,
                            "Siren " + i,
                            LocalDate.now(Days.ZONE).plusMonths(10))
                    .getId();
            TaskItem review = actions.task(city.chair(), action, "Task_ReviewAction");
            ids.add(review.id());
        }
        LocalDate day = LocalDate.of(2030, 6, 15);
        engineTasks.setDueDate(ids.get(0), Date.from(Days.endOf(day)));
        engineTasks.setDueDate(ids.get(1), Date.from(Days.endOf(day.plusDays(10))));
        engineTasks.setDueDate(ids.get(2), null);
        String in = "/api/v1/tasks?subjectType=ACTION&jurisdictionId=" + city.id();

        JsonNode dueOnTheDay =
                api.get(city.chair(), "/api/v1/tasks/" + ids.get(0)).getBody();
        assertThat(dueOnTheDay.get("dueDate").asText()).isEqualTo("2030-06-15");
        assertThat(total(city.chair(), in + "&dueBefore=2030-06-15")).isZero();
        assertThat(total(city.chair(), in + "&dueBefore=2030-06-16")).isEqualTo(1);
        assertThat(total(city.chair(), in + "&dueAfter=2030-06-15")).isEqualTo(1);
        assertThat(total(city.chair(), in + "&dueAfter=2030-06-14")).isEqualTo(2);
        assertThat(total(city.chair(), in + "&dueAfter=2030-06-14&dueBefore=2030-06-25"))
                .isEqualTo(1);
        assertThat(total(city.chair(), in + "&dueAfter=2030-06-14&dueBefore=2030-06-26"))
                .isEqualTo(2);
        assertThat(total(city.chair(), in)).isEqualTo(3);
    }

    @Test
    void refusesAFilterOfTheWrongFormNamingIt() {
        for (var bad : Map.of(
                        "dueBefore", "2030-13-01",
                        "dueAfter", "tomorrow",
                        "jurisdictionId", "kraljevo",
                        "subjectType", "NOTHING",
                        "processKey", "no-such-process",
                        "subjectId", " ")
                .entrySet()) {
            ResponseEntity<JsonNode> answer =
                    api.get("chair.kraljevo", "/api/v1/tasks?" + bad.getKey() + "=" + bad.getValue());
            assertThat(answer.getStatusCode().value()).as(bad.getKey()).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(answer.getBody().get("errors").get(0).get("field").asText())
                    .isEqualTo(bad.getKey());
        }
    }

    private Long assessmentInValidation(TestCity city) {
        Long id = as(city.chair(), () -> assessments.open(city.id(), "preliminary", null, null))
                .getId();
        for (int step = 0; step < 30; step++) {
            List<TaskItem> open = new ArrayList<>();
            for (String who : List.of(city.chair(), city.member())) {
                as(who, inbox::openTasks).stream()
                        .filter(t -> t.processKey().equals(AssessmentProcess.KEY)
                                && String.valueOf(id).equals(t.subjectId()))
                        .findFirst()
                        .ifPresent(t -> {
                            open.add(t);
                            as(who, () -> inbox.complete(t.id(), t.outcomes().get(0), null, Map.of()));
                        });
            }
            if (open.isEmpty()) {
                return id;
            }
        }
        throw new AssertionError("assessment " + id + " did not reach validation");
    }

    private int total(String who, String path) {
        ResponseEntity<JsonNode> answer = api.get(who, path);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return answer.getBody().get("totalElements").asInt();
    }

    private ResponseEntity<JsonNode> inRussian(String who, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "ru");
        return rest.withBasicAuth(who, "demo")
                .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static List<String> names(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
