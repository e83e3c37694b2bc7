package org.resilienceroadmap.strategy.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The paths of processes/strategy-review.bpmn on the in-memory engine, delegates and listeners mocked:
 * every reviewer approves and the coordinator approves to the adoption, changes requested, the
 * coordinator's return, the reminder and the overdue escalation (engine clock moved), started by the
 * roadmap (to drafting, or waiting for a review already under way).
 */
@FastTest
@Deployment(resources = "processes/strategy-review.bpmn")
class StrategyReviewModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant REMINDER = NOW.plus(7, ChronoUnit.DAYS);
    private static final Instant DUE = NOW.plus(10, ChronoUnit.DAYS);

    ProcessEngine engine;
    Map<String, JavaDelegate> delegates = new HashMap<>();
    TaskListener notifyReviewer;
    TaskListener recordReview;
    TaskListener fourEyes;
    boolean underWay;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        StrategyTasks tasks = mock(StrategyTasks.class);
        when(tasks.reviewers(any())).thenAnswer(call -> List.of(((String) call.getArgument(0)).split(",")));
        when(tasks.versionSubmitted(any())).thenCallRealMethod();
        ModelBeans.register("strategyTasks", tasks);
        ModelBeans.register(
                "openRoadmapStrategy", (JavaDelegate) execution -> execution.setVariable("strategyUnderWay", underWay));
        for (String name : List.of(
                "remindStrategyReviewers",
                "escalateOverdueStrategyReview",
                "requestStrategyChanges",
                "sendStrategyForApproval",
                "returnStrategyForChanges",
                "approveStrategy",
                "markStrategyAdopted")) {
            delegates.put(name, ModelBeans.delegate(name));
        }
        notifyReviewer = ModelBeans.taskListener("notifyStrategyReviewer");
        recordReview = ModelBeans.taskListener("recordStrategyReview");
        fourEyes = ModelBeans.taskListener("fourEyesApproval");
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private Map<String, Object> submission(int version) {
        return new HashMap<>(Map.of(
                "versionNumber",
                version,
                "reviewers",
                "ana,boris",
                "reviewDue",
                Date.from(DUE),
                "reviewReminderAt",
                Date.from(REMINDER)));
    }

    private ProcessInstance submitted() {
        Map<String, Object> variables = submission(1);
        variables.put("subjectId", "11");
        variables.put("jurisdictionId", 3L);
        return engine.getRuntimeService().startProcessInstanceByKey(StrategyReviewProcess.KEY, "11", variables);
    }

    private void everyReviewerAnswers(ProcessInstance review, String outcome) {
        for (Task reviewTask : taskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey(StrategyReviewProcess.TASK_REVIEW)
                .list()) {
            complete(reviewTask, withVariables("outcome", outcome));
        }
    }

    private void ran(String delegate) throws Exception {
        verify(delegates.get(delegate)).execute(any());
    }

    @Test
    void everyReviewerAndTheCoordinatorApproveAndTheAdoptionIsRecorded() throws Exception {
        ProcessInstance review = submitted();
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        List<Task> reviews = taskQuery().processInstanceId(review.getId()).list();
        assertThat(reviews).extracting(Task::getAssignee).containsExactlyInAnyOrder("ana", "boris");
        assertThat(reviews).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(DUE)));
        verify(notifyReviewer, times(2)).notify(any());

        everyReviewerAnswers(review, "approve");
        verify(recordReview, times(2)).notify(any());
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_CONSOLIDATE);

        complete(task(review), withVariables("outcome", "send-for-approval"));
        ran("sendStrategyForApproval");
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_APPROVE);
        assertThat(task(review)).hasCandidateGroup("group-coordinatorsOf");

        complete(task(review), withVariables("outcome", "approve"));
        ran("approveStrategy");
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_RECORD_ADOPTION);
        complete(task(review));
        ran("markStrategyAdopted");
        assertThat(review).isEnded().hasPassed(StrategyReviewProcess.END_ADOPTED);
    }

    @Test
    void changesRequestedReopenTheDraftAndTheNextVersionIsReviewedAgain() throws Exception {
        ProcessInstance review = submitted();
        everyReviewerAnswers(review, "request-changes");
        complete(task(StrategyReviewProcess.TASK_CONSOLIDATE, review), withVariables("outcome", "request-changes"));

        ran("requestStrategyChanges");
        verify(delegates.get("sendStrategyForApproval"), never()).execute(any());
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_DRAFT);
        assertThat(task(review)).hasCandidateGroup("group-chairsOf");

        complete(task(review), submission(2));
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        assertThat(taskQuery().processInstanceId(review.getId()).count()).isEqualTo(2);
    }

    @Test
    void theCoordinatorReturnsTheDraftForChanges() throws Exception {
        ProcessInstance review = submitted();
        everyReviewerAnswers(review, "approve");
        complete(task(review), withVariables("outcome", "send-for-approval"));
        complete(task(StrategyReviewProcess.TASK_APPROVE, review), withVariables("outcome", "return"));

        ran("returnStrategyForChanges");
        verify(delegates.get("approveStrategy"), never()).execute(any());
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_DRAFT);
    }

    @Test
    void reviewersAreRemindedBeforeTheDueDateAndTheChairToldWhenItPasses() throws Exception {
        ProcessInstance review = submitted();
        assertThat(ModelBeans.runTimersDueAt(engine, REMINDER.minusSeconds(60))).isEmpty();

        // One reminder and one escalation for the round, not one per reviewer.
        assertThat(ModelBeans.runTimersDueAt(engine, REMINDER.plusSeconds(60))).containsExactly("Timer_ReviewReminder");
        ran("remindStrategyReviewers");
        verify(delegates.get("escalateOverdueStrategyReview"), never()).execute(any());

        assertThat(ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60))).containsExactly("Timer_ReviewOverdue");
        ran("escalateOverdueStrategyReview");
        ran("remindStrategyReviewers");
        assertThat(review).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        assertThat(taskQuery().processInstanceId(review.getId()).count()).isEqualTo(2);
    }

    @Test
    void startedByTheRoadmapTheChairDrafts() {
        ProcessInstance review = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        StrategyReviewProcess.KEY, "11", Map.of("subjectId", "11", "jurisdictionId", 3L));
        assertThat(review).hasPassed("Task_OpenForRoadmap").isWaitingAt(StrategyReviewProcess.TASK_DRAFT);
    }

    @Test
    void startedByTheRoadmapWhileAReviewIsUnderWayItWaitsForThatAdoption() {
        underWay = true;
        ProcessInstance review = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        StrategyReviewProcess.KEY, "11", Map.of("subjectId", "11", "jurisdictionId", 3L));
        assertThat(review).isWaitingAt("Event_StrategyAdopted");

        engine.getRuntimeService()
                .createMessageCorrelation(StrategyReviewProcess.MESSAGE_ADOPTED)
                .processInstanceId(review.getId())
                .correlate();
        assertThat(review)
                .isEnded()
                .hasPassed("EndEvent_AdoptedElsewhere")
                .hasNotPassed(StrategyReviewProcess.TASK_DRAFT);
    }
}
