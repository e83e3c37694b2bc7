package org.resilienceroadmap.assessment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * The paths of processes/assessment.bpmn on the in-memory engine, delegates mocked: opened by the chair
 * or by the roadmap, one scoring task per Essential named, consolidation, validation, a return to the
 * consolidation and a return of named Essentials only.
 */
@FastTest
@Deployment(resources = "processes/assessment.bpmn")
class AssessmentModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    ProcessEngine engine;
    Map<String, JavaDelegate> delegates = new HashMap<>();

    private final org.resilienceroadmap.assessment.AssessmentSteps steps =
            mock(org.resilienceroadmap.assessment.AssessmentSteps.class);

    @BeforeEach
    void beans() throws Exception {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ModelBeans.candidateGroups();
        AssessmentTasks tasks = mock(AssessmentTasks.class);
        when(tasks.essentials(anyString())).thenCallRealMethod();
        when(tasks.scorerOf(anyString(), any())).thenAnswer(call -> "scorer" + call.getArgument(1));
        when(tasks.startedByRoadmap(any())).thenCallRealMethod();
        ModelBeans.register("assessmentTasks", tasks);
        ModelBeans.register(
                "openRoadmapAssessment", (JavaDelegate) execution -> execution.setVariable("subjectId", "9"));
        // The real delegate, over steps that reopen what the coordinator returned (the service's own rule is
        // tested in AssessmentProcessTests).
        when(steps.reopenScoring(any(), anyString(), any())).thenAnswer(call -> call.getArgument(1));
        ModelBeans.register("reopenAssessmentScoring", new ReopenScoringDelegate(steps));
        for (String name : List.of(
                "startAssessmentScoring",
                "beginAssessmentConsolidation",
                "submitAssessmentForValidation",
                "markAssessmentValidated")) {
            delegates.put(name, ModelBeans.delegate(name));
        }
        ModelBeans.register(
                "waitingTimers",
                new org.resilienceroadmap.escalation.process.WaitingTimers(
                        new org.resilienceroadmap.escalation.EscalationSettings("P7D", "P21D", "0 0 7 ? * MON")));
        for (String name : List.of("remindCoordinators", "escalateToParentLevel")) {
            delegates.put(name, ModelBeans.delegate(name));
        }
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance opened() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(AssessmentProcess.KEY, "9", Map.of("subjectId", "9", "jurisdictionId", 3L));
    }

    private List<Task> scoringTasks(ProcessInstance assessment) {
        return taskQuery()
                .processInstanceId(assessment.getId())
                .taskDefinitionKey(AssessmentProcess.TASK_SCORE)
                .list();
    }

    private void scoreAll(ProcessInstance assessment) {
        scoringTasks(assessment).forEach(t -> complete(t));
    }

    private ProcessInstance awaitingValidation() {
        ProcessInstance assessment = opened();
        complete(
                task(AssessmentProcess.TASK_ASSIGN, assessment),
                withVariables(AssessmentProcess.ESSENTIALS_TO_SCORE, "1,2,3"));
        scoreAll(assessment);
        complete(task(AssessmentProcess.TASK_CONSOLIDATE, assessment));
        return assessment;
    }

    @Test
    void eachEssentialNamedIsScoredThenConsolidatedValidatedAndFrozen() throws Exception {
        ProcessInstance assessment = opened();
        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_ASSIGN).hasNotPassed("Task_OpenForRoadmap");
        assertThat(task(assessment)).hasCandidateGroup("group-chairsOf");

        complete(task(assessment), withVariables(AssessmentProcess.ESSENTIALS_TO_SCORE, "1, 4,10"));
        verify(delegates.get("startAssessmentScoring")).execute(any());
        assertThat(scoringTasks(assessment))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("scorer1", "scorer4", "scorer10");

        scoreAll(assessment);
        verify(delegates.get("beginAssessmentConsolidation")).execute(any());
        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_CONSOLIDATE);
        complete(task(assessment));
        verify(delegates.get("submitAssessmentForValidation")).execute(any());
        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_VALIDATE);
        assertThat(task(assessment)).hasCandidateGroup("group-coordinatorsOf");

        complete(task(assessment), withVariables("outcome", "validate", AssessmentProcess.RETURN_ESSENTIALS, ""));
        verify(delegates.get("markAssessmentValidated")).execute(any());
        assertThat(assessment).isEnded().hasPassed(AssessmentProcess.END_VALIDATED);
    }

    @Test
    void openedByTheRoadmapTheAssessmentIsCreatedFirst() {
        ProcessInstance assessment = engine.getRuntimeService()
                .startProcessInstanceByKey(AssessmentProcess.KEY, Map.of("jurisdictionId", 3L));
        assertThat(assessment).hasPassed("Task_OpenForRoadmap").isWaitingAt(AssessmentProcess.TASK_ASSIGN);
        assertThat(assessment).variables().containsEntry("subjectId", "9");
    }

    @Test
    void aReturnWithoutEssentialsGoesBackToTheConsolidation() throws Exception {
        ProcessInstance assessment = awaitingValidation();
        complete(task(assessment), withVariables("outcome", "return", AssessmentProcess.RETURN_ESSENTIALS, ""));

        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_CONSOLIDATE);
        assertThat(scoringTasks(assessment)).isEmpty();
        verify(delegates.get("beginAssessmentConsolidation"), times(2)).execute(any());
        verify(delegates.get("markAssessmentValidated"), never()).execute(any());
    }

    @Test
    void aReturnOfNamedEssentialsReopensThoseOnly() throws Exception {
        ProcessInstance assessment = awaitingValidation();
        complete(task(assessment), withVariables("outcome", "return", AssessmentProcess.RETURN_ESSENTIALS, "2"));

        assertThat(scoringTasks(assessment)).extracting(Task::getAssignee).containsExactly("scorer2");
        verify(steps).reopenScoring(9L, "2", null);
        scoreAll(assessment);
        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_CONSOLIDATE);
        verify(delegates.get("startAssessmentScoring"), times(1)).execute(any());
    }

    @Test
    void aValidationLeftWaitingRemindsTheCoordinatorsThenTellsTheLevelAboveOnceEach() throws Exception {
        java.time.Instant opened = java.time.Instant.parse("2026-03-02T09:00:00Z");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(opened));
        ProcessInstance assessment = awaitingValidation();
        assertThat(assessment).isWaitingAt(AssessmentProcess.TASK_VALIDATE);

        assertThat(ModelBeans.runTimersDueAt(engine, opened.plus(java.time.Duration.ofDays(8))))
                .containsExactly("Timer_ValidateReminder");
        verify(delegates.get("remindCoordinators")).execute(any());
        verify(delegates.get("escalateToParentLevel"), never()).execute(any());
        assertThat(ModelBeans.runTimersDueAt(engine, opened.plus(java.time.Duration.ofDays(22))))
                .containsExactly("Timer_ValidateEscalation");
        assertThat(ModelBeans.runTimersDueAt(engine, opened.plus(java.time.Duration.ofDays(90))))
                .isEmpty();

        verify(delegates.get("remindCoordinators"), times(1)).execute(any());
        verify(delegates.get("escalateToParentLevel"), times(1)).execute(any());
        complete(task(AssessmentProcess.TASK_VALIDATE, assessment), withVariables("outcome", "validate"));
        assertThat(assessment).isEnded();
    }
}
