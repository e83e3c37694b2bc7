package org.resilienceroadmap.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.client.api.ActionsApi;
import org.resilienceroadmap.client.api.AssessmentsApi;
import org.resilienceroadmap.client.api.JurisdictionsApi;
import org.resilienceroadmap.client.api.ScorecardTemplatesApi;
import org.resilienceroadmap.client.api.TasksApi;
import org.resilienceroadmap.client.model.AssessmentAnswerJson;
import org.resilienceroadmap.client.model.AssessmentScoring;
import org.resilienceroadmap.client.model.AssessmentSummary;
import org.resilienceroadmap.client.model.JurisdictionDetailJson;
import org.resilienceroadmap.client.model.JurisdictionJoining;
import org.resilienceroadmap.client.model.PageResponseScorecardTemplateQuestionJson;
import org.resilienceroadmap.client.model.ScorecardTemplateQuestionJson;
import org.resilienceroadmap.client.model.TaskBulkAnswer;
import org.resilienceroadmap.client.model.TaskBulkCompletion;
import org.resilienceroadmap.client.model.TaskBulkItem;
import org.resilienceroadmap.client.model.TaskCompletion;
import org.resilienceroadmap.client.model.TaskJson;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API through a client generated from docs/openapi.json alone (openapi-generator, at
 * generate-test-sources): stage A as a city's people walk it, and a coordinator's bulk approval.
 * The client reads answers strictly (a field the document does not name fails), and every answer's
 * status and media type are held against the document (SpecConformance), so a document that lies
 * fails the build.
 */
class GeneratedClientJourneyTests extends IntegrationTest {

    private static final String NATIONAL_COORDINATOR = ActionDriver.COORDINATOR;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    private final SpecConformance spec = new SpecConformance(Path.of("docs/openapi.json"));

    @AfterEach
    void everyAnswerWasTheDocumentedOne() {
        spec.assertDocumented();
    }

    @Test
    void aCityPassesStageAAndEntersStageB() throws ApiException {
        TestCity city = fixtures.newCity();
        ApiClient chair = client(city.chair());
        ApiClient member = client(city.member());
        ApiClient coordinator = client(city.coordinator());

        ApiResponse<Void> joined = new JurisdictionsApi(coordinator)
                .joinJurisdictionWithHttpInfo(
                        city.id(),
                        new JurisdictionJoining()
                                .joinedOn(LocalDate.of(2024, 3, 1))
                                .stage(JurisdictionJoining.StageEnum.A));
        assertThat(joined.getStatusCode()).isEqualTo(204);
        assertThat(new JurisdictionsApi(member).getJurisdiction(city.id()).getStage())
                .isEqualTo(JurisdictionDetailJson.StageEnum.A);

        // Joining at A opens the roadmap's assessment on the preliminary scorecard.
        List<AssessmentSummary> opened =
                new AssessmentsApi(chair).listAssessments(city.id(), 0, 50).getContent();
        assertThat(opened).hasSize(1);
        AssessmentSummary assessment = opened.get(0);
        assertThat(assessment.getTemplate()).isEqualTo("preliminary");
        complete(chair, task(chair, city, "Task_AssignEssentials"), "start");

        PageResponseScorecardTemplateQuestionJson questions =
                new ScorecardTemplatesApi(member).listTemplateQuestions(assessment.getTemplate(), "en", 0, 500);
        assertThat(questions.getContent())
                .isNotEmpty()
                .hasSize(questions.getTotalElements().intValue());
        AssessmentsApi scoring = new AssessmentsApi(member);
        for (ScorecardTemplateQuestionJson question : questions.getContent()) {
            int score = question.getEssential() % 4;
            ApiResponse<AssessmentAnswerJson> saved = scoring.saveAnswerWithHttpInfo(
                    assessment.getId(),
                    question.getCode(),
                    new AssessmentScoring().score(score).comment("Scored in the workshop"),
                    null);
            assertThat(saved.getStatusCode()).isEqualTo(200);
            assertThat(saved.getData().getQuestionCode()).isEqualTo(question.getCode());
            assertThat(saved.getData().getScore()).isEqualTo(score);
            assertThat(saved.getData().getAnsweredBy()).isEqualTo(city.member());
        }
        List<TaskJson> scoringTasks = tasks(member, city, "Task_ScoreEssential");
        assertThat(scoringTasks).isNotEmpty();
        for (TaskJson t : scoringTasks) {
            complete(member, t, "done");
        }
        assertThat(tasks(member, city, "Task_ScoreEssential")).isEmpty();

        complete(chair, task(chair, city, "Task_Consolidate"), "submit");
        complete(coordinator, task(coordinator, city, "Task_Validate"), "validate");
        assertThat(new AssessmentsApi(member)
                        .getAssessment(assessment.getId(), null)
                        .getAssessment()
                        .getState())
                .isEqualTo(AssessmentSummary.StateEnum.VALIDATED);

        // A fresh city has recorded no hazards and two people: the gate's checklist is open until overridden.
        TaskJson gate = task(coordinator, city, "Task_StageAGate");
        assertThat(gate.getOutcomes()).contains("approve", "return");
        ApiException refused = catchThrowableOfType(
                ApiException.class,
                () -> new TasksApi(coordinator).completeTask(gate.getId(), new TaskCompletion().outcome("approve")));
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseBody()).contains("mandatory");
        assertThat(new JurisdictionsApi(member).getJurisdiction(city.id()).getStage())
                .isEqualTo(JurisdictionDetailJson.StageEnum.A);
        TaskCompletion override = new TaskCompletion().outcome("approve");
        override.putAdditionalProperty("overrideReason", "Hazard study commissioned");
        assertThat(new TasksApi(coordinator)
                        .completeTaskWithHttpInfo(gate.getId(), override)
                        .getStatusCode())
                .isEqualTo(204);

        JurisdictionDetailJson place = new JurisdictionsApi(member).getJurisdiction(city.id());
        assertThat(place.getStage()).isEqualTo(JurisdictionDetailJson.StageEnum.B);
        assertThat(place.getStageHistory())
                .extracting(s -> s.getStage().getValue())
                .containsExactly("A", "B");
        assertThat(tasks(coordinator, city, "Task_StageAGate")).isEmpty();
    }

    @Test
    void aCoordinatorApprovesSeveralActionsInOneCall() throws ApiException {
        TestCity city = fixtures.newCity();
        Long strategy = actions.adoptedStrategy(city);
        LocalDate due = LocalDate.now().plusYears(1);
        List<Long> proposed = List.of(
                actions.propose(city, strategy, "Siren 1", due).getId(),
                actions.propose(city, strategy, "Siren 2", due).getId(),
                actions.propose(city, strategy, "Siren 3", due).getId());
        ApiClient coordinator = client(NATIONAL_COORDINATOR);

        List<TaskJson> waiting = tasks(coordinator, city, "Task_ApproveAction");
        assertThat(waiting)
                .extracting(t -> Long.valueOf(t.getSubjectId()))
                .containsExactlyInAnyOrderElementsOf(proposed);
        assertThat(waiting).allSatisfy(t -> assertThat(t.getOutcomes()).contains("approve"));
        List<String> ids = waiting.stream().map(TaskJson::getId).toList();

        TaskBulkAnswer answer = new TasksApi(coordinator)
                .completeTasks(
                        new TaskBulkCompletion().taskIds(ids).outcome("approve").comment("Agreed."));

        assertThat(answer.getDone()).isEqualTo(3);
        assertThat(answer.getRefused()).isZero();
        assertThat(answer.getResults()).extracting(TaskBulkItem::getTaskId).containsExactlyElementsOf(ids);
        assertThat(answer.getResults()).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(200);
            assertThat(r.getDone()).isTrue();
        });
        assertThat(tasks(coordinator, city, "Task_ApproveAction")).isEmpty();
        ActionsApi read = new ActionsApi(client(city.member()));
        for (Long id : proposed) {
            assertThat(read.getAction(id, null).getAction().getStatus()).isEqualTo("APPROVED");
        }
    }

    /** A client of the running server signed in as the demo account; strict about fields the document does not name. */
    private ApiClient client(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        client.setResponseInterceptor(spec::record);
        client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return client;
    }

    /** The caller's open tasks of this kind in the city, from GET /tasks filtered by jurisdictionId (one page of 500). */
    private static List<TaskJson> tasks(ApiClient caller, TestCity city, String taskKey) throws ApiException {
        return new TasksApi(caller)
                        .listTasks(
                                0, 500, null, null, null, null, null, null, null, null, null, null, city.id(), null,
                                null)
                        .getContent()
                        .stream()
                        .filter(t -> t.getTaskKey().equals(taskKey))
                        .toList();
    }

    private static TaskJson task(ApiClient caller, TestCity city, String taskKey) throws ApiException {
        List<TaskJson> found = tasks(caller, city, taskKey);
        assertThat(found).as(taskKey).hasSize(1);
        return found.get(0);
    }

    private static void complete(ApiClient caller, TaskJson task, String outcome) throws ApiException {
        assertThat(task.getOutcomes()).contains(outcome);
        assertThat(new TasksApi(caller)
                        .completeTaskWithHttpInfo(task.getId(), new TaskCompletion().outcome(outcome))
                        .getStatusCode())
                .as(task.getTaskKey() + " " + outcome)
                .isEqualTo(204);
    }
}
