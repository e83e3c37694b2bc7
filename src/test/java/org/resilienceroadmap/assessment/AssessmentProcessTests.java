package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.process.AssessmentProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/assessment.bpmn, driven through the inbox as the working group and coordinator drive it. */
class AssessmentProcessTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentFindings assessmentFindings;

    @Autowired
    AssessmentReads assessmentReads;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private Long id;
    private ProcessInstance instance;

    @BeforeEach
    void openAnAssessment() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
        id = as(
                        city.chair(),
                        () -> assessments.open(
                                city.id(), "preliminary", LocalDate.of(2021, 8, 11), LocalDate.of(2021, 8, 12)))
                .getId();
        instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult();
    }

    @Test
    void scoresAllTenEssentialsInParallelThenConsolidatesAndValidates() {
        as(city.chair(), () -> assessments.assign(id, Map.of(1, city.member())));
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", null, Map.of());
        assertThat(state()).isEqualTo(AssessmentState.SCORING);
        List<TaskItem> scoring = tasksOf(city.chair(), AssessmentProcess.TASK_SCORE);
        assertThat(scoring).hasSize(9).noneMatch(t -> Integer.valueOf(1).equals(t.nameArgument()));
        TaskItem first = tasksOf(city.member(), AssessmentProcess.TASK_SCORE).stream()
                .filter(t -> city.member().equals(t.assignee()))
                .findFirst()
                .orElseThrow();
        assertThat(first.nameArgument()).isEqualTo(1);

        as(city.member(), () -> assessments.answer(id, "P1.1", 1, "No strategy yet", null, null));
        as(city.member(), () -> assessments.answer(id, "P1.2", 3, null, "https://example.org/decree", null));
        scoreAll();

        assertThat(instance).isWaitingAt(AssessmentProcess.TASK_CONSOLIDATE);
        AssessmentDetail consolidating = as(city.chair(), () -> assessmentReads.detail(id));
        assertThat(consolidating.assessment().getState()).isEqualTo(AssessmentState.CONSOLIDATION);
        assertThat(consolidating.findings())
                .extracting(Finding::getQuestionCode)
                .containsExactly("P1.1");
        assertThat(consolidating.scores().get(0)).isEqualTo(new EssentialScore(1, 4, 6, 9, 2, 3, 66.7));

        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
        assertThat(state()).isEqualTo(AssessmentState.IN_VALIDATION);
        complete(COORDINATOR, AssessmentProcess.TASK_VALIDATE, "validate", "Sound", Map.of());

        assertThat(instance).isEnded().hasPassed(AssessmentProcess.END_VALIDATED);
        Assessment validated =
                as(city.chair(), () -> assessmentReads.detail(id)).assessment();
        assertThat(validated.getState()).isEqualTo(AssessmentState.VALIDATED);
        assertThat(validated.getValidatedBy()).isEqualTo(COORDINATOR);
        long version = as(city.chair(), () -> assessmentReads.detail(id))
                .answers()
                .get(0)
                .getVersion();
        assertThatThrownBy(() -> as(city.member(), () -> assessments.answer(id, "P1.1", 3, null, null, version)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void returnsTwoEssentialsForScoringAgainAndIsValidatedAfterwards() {
        toValidation();
        complete(
                COORDINATOR,
                AssessmentProcess.TASK_VALIDATE,
                "return",
                "Essentials 2 and 5 lack evidence",
                Map.of("returnEssentials", List.of(2, 5)));

        assertThat(state()).isEqualTo(AssessmentState.SCORING);
        assertThat(tasksOf(city.chair(), AssessmentProcess.TASK_SCORE))
                .extracting(TaskItem::nameArgument)
                .containsExactlyInAnyOrder(2, 5);
        scoreAll();
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
        complete(COORDINATOR, AssessmentProcess.TASK_VALIDATE, "validate", null, Map.of());
        assertThat(state()).isEqualTo(AssessmentState.VALIDATED);
        assertThat(instance).isEnded();
    }

    @Test
    void refusesAReturnToEssentialsTheScorecardHasNot() {
        toValidation();
        TaskItem validate =
                tasksOf(COORDINATOR, AssessmentProcess.TASK_VALIDATE).get(0);
        for (Object bad : List.of(List.of(11), List.of("two"), 0)) {
            assertThatThrownBy(() -> as(
                            COORDINATOR,
                            () -> inbox.complete(
                                    validate.id(), "return", "Check these", Map.of("returnEssentials", bad))))
                    .isInstanceOf(org.resilienceroadmap.shared.error.InvalidRequestException.class)
                    .hasMessageContaining("not an Essential");
        }
        assertThat(instance).isWaitingAt(AssessmentProcess.TASK_VALIDATE);
        assertThat(state()).isEqualTo(AssessmentState.IN_VALIDATION);
        complete(
                COORDINATOR,
                AssessmentProcess.TASK_VALIDATE,
                "return",
                "Essential 3 again",
                Map.of("returnEssentials", 3));
        assertThat(tasksOf(city.chair(), AssessmentProcess.TASK_SCORE))
                .extracting(TaskItem::nameArgument)
                .containsExactly(3);
    }

    @Test
    void returnsToTheChairsConsolidationWhenNoEssentialIsNamed() {
        toValidation();
        complete(COORDINATOR, AssessmentProcess.TASK_VALIDATE, "return", "Recommendations are missing", Map.of());
        assertThat(instance).isWaitingAt(AssessmentProcess.TASK_CONSOLIDATE);
        assertThat(state()).isEqualTo(AssessmentState.CONSOLIDATION);
        Finding added = as(
                city.chair(),
                () -> assessmentFindings.saveFinding(
                        id,
                        null,
                        3,
                        "No sustainable financing: DRR is funded ad hoc, project by project",
                        "Ring-fence a DRR budget line"));
        assertThat(added.getEssential()).isEqualTo(3);
    }

    @Test
    void neverOverwritesAnotherScorersAnswerSilently() {
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", null, Map.of());
        Answer first = as(city.member(), () -> assessments.answer(id, "P2.1", 2, "Hazard maps of 2019", null, null));
        as(city.chair(), () -> assessments.answer(id, "P2.1", 1, "Maps are outdated", null, first.getVersion()));
        assertThatThrownBy(() -> as(
                        city.member(), () -> assessments.answer(id, "P2.1", 3, "Overwrite?", null, first.getVersion())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(city.chair());
        assertThatThrownBy(() -> as(city.member(), () -> assessments.answer(id, "P2.1", 3, null, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(as(city.chair(), () -> assessmentReads.detail(id)).answers())
                .singleElement()
                .satisfies(a -> assertThat(a.getScore()).isEqualTo(1));
    }

    @Test
    void letsOnlyTheWorkingGroupScoreAndOnlyTheChairOpen() {
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", null, Map.of());
        assertThatThrownBy(() -> as(COORDINATOR, () -> assessments.answer(id, "P1.1", 2, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(city.member(), () -> assessments.open(city.id(), "preliminary", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("chair.kraljevo", () -> assessmentReads.detail(id)))
                .isInstanceOf(org.resilienceroadmap.shared.error.NotFoundException.class);
    }

    private void toValidation() {
        complete(city.chair(), AssessmentProcess.TASK_ASSIGN, "start", null, Map.of());
        scoreAll();
        complete(city.chair(), AssessmentProcess.TASK_CONSOLIDATE, "submit", null, Map.of());
        assertThat(instance).isWaitingAt(AssessmentProcess.TASK_VALIDATE);
    }

    private void scoreAll() {
        for (TaskItem t : tasksOf(city.chair(), AssessmentProcess.TASK_SCORE)) {
            complete(city.chair(), t, "done");
        }
        for (TaskItem t : tasksOf(city.member(), AssessmentProcess.TASK_SCORE)) {
            complete(city.member(), t, "done");
        }
    }

    private void complete(String who, String taskKey, String outcome, String comment, Map<String, Object> fields) {
        List<TaskItem> tasks = tasksOf(who, taskKey);
        assertThat(tasks).hasSize(1);
        as(who, () -> inbox.complete(tasks.get(0).id(), outcome, comment, fields));
    }

    private void complete(String who, TaskItem task, String outcome) {
        as(who, () -> inbox.complete(task.id(), outcome, null, Map.of()));
    }

    private List<TaskItem> tasksOf(String who, String taskKey) {
        return as(who, () -> inbox.openTasks()).stream()
                .filter(t -> t.processInstanceId().equals(instance.getId())
                        && t.taskKey().equals(taskKey))
                .toList();
    }

    private AssessmentState state() {
        return as(city.chair(), () -> assessmentReads.detail(id)).assessment().getState();
    }
}
