package org.resilienceroadmap.action.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
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
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.action.ApprovalRoute;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * The paths of processes/action.bpmn on the in-memory engine with the real approval table
 * (action-approval.dmn) and route recording, the other delegates mocked: accepted with the chair's
 * acceptance sufficing, approved at two levels, rejected, sent back and revised, declined, decided with its
 * plan, the due date passing (extended, cancelled), the progress-report cycle, verification and return.
 */
@FastTest
@Deployment(resources = {"processes/action.bpmn", "processes/action-approval.dmn"})
class ActionModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = NOW.plus(200, ChronoUnit.DAYS);

    ProcessEngine engine;
    ActionSteps steps = mock(ActionSteps.class);
    Map<String, JavaDelegate> delegates = new HashMap<>();
    TaskListener fourEyes;
    TaskListener escalate;
    TaskListener progressDue;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        when(steps.ownerOf(7L)).thenReturn("owner");
        when(steps.proposerOf(7L)).thenReturn("proposer");
        when(steps.reviewersOf(7L)).thenReturn(List.of("member"));
        when(steps.dueAt(7L)).thenReturn(DUE.toString());
        ModelBeans.register("actionTasks", new ActionTasks(steps));
        ModelBeans.register(
                "recordApprovalRoute", new RecordApprovalRouteDelegate(steps, engine.getRepositoryService()));
        for (String name : List.of(
                "declineAction",
                "returnToProposer",
                "acceptAction",
                "approveAction",
                "rejectAction",
                "extendAction",
                "cancelAction",
                "markActionCompleted",
                "returnAction",
                "verifyAction")) {
            delegates.put(name, ModelBeans.delegate(name));
        }
        fourEyes = ModelBeans.taskListener("actionFourEyes");
        escalate = ModelBeans.taskListener("escalateOverdueAction");
        progressDue = ModelBeans.taskListener("actionProgressDue");
        ModelBeans.register(
                "progressTimers",
                new ProgressTimers(
                        new org.resilienceroadmap.action.ProgressEscalationSettings("P14D", "P30D", "P45D")));
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance propose(double budgetEur, boolean funded) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subjectId", "7");
        variables.put("jurisdictionId", 3L);
        variables.put("reviewedWithPlan", false);
        variables.put("progressCycle", "R/P3M");
        variables.put("budgetEur", budgetEur);
        variables.put("currency", "EUR");
        variables.put("funded", funded);
        variables.put("essentials", "2,5");
        variables.put("country", "RS");
        return engine.getRuntimeService().startProcessInstanceByKey(ActionProcess.KEY, "7", variables);
    }

    private void ran(String delegate) throws Exception {
        verify(delegates.get(delegate)).execute(any());
    }

    private void didNotRun(String delegate) throws Exception {
        verify(delegates.get(delegate), never()).execute(any());
    }

    private ProcessInstance inImplementation() throws Exception {
        ProcessInstance action = propose(10_000, false);
        complete(task(ActionProcess.TASK_REVIEW, action), withVariables("outcome", "accept"));
        return action;
    }

    @Test
    void aSmallLocalActionAcceptedByTheWorkingGroupNeedsNoCoordinator() throws Exception {
        ProcessInstance action = propose(10_000, false);
        assertThat(action).isWaitingAt(ActionProcess.TASK_REVIEW);
        assertThat(task(action)).hasCandidateGroup("group-chairsOf").hasCandidateUser("member");

        complete(task(action), withVariables("outcome", "accept"));

        ran("acceptAction");
        ran("approveAction");
        ArgumentCaptor<ApprovalRoute> route = ArgumentCaptor.forClass(ApprovalRoute.class);
        verify(steps).routed(eq(7L), route.capture());
        assertThat(route.getValue().levelList()).isEmpty();
        assertThat(route.getValue().tellsDonor()).isFalse();
        assertThat(action).isWaitingAt(ActionProcess.TASK_CARRY_OUT).hasNotPassed(ActionProcess.TASK_APPROVE);
        assertThat(task(action)).isAssignedTo("owner");
    }

    @Test
    void aLargeFundedActionIsApprovedNationallyThenRegionallyAndTheDonorIsTold() throws Exception {
        ProcessInstance action = propose(600_000, true);
        complete(task(action), withVariables("outcome", "accept"));

        ArgumentCaptor<ApprovalRoute> route = ArgumentCaptor.forClass(ApprovalRoute.class);
        verify(steps).routed(eq(7L), route.capture());
        assertThat(route.getValue().levelList()).containsExactly(ApprovalRoute.NATIONAL, ApprovalRoute.REGIONAL);
        assertThat(route.getValue().tellsDonor()).isTrue();
        assertThat(route.getValue().rule()).isEqualTo(1);

        assertThat(action).isWaitingAt(ActionProcess.TASK_APPROVE);
        assertThat(task(action)).hasCandidateGroup("group-coordinatorsAtLevel");
        complete(task(action), withVariables("outcome", "approve"));
        didNotRun("approveAction");
        assertThat(action).isWaitingAt(ActionProcess.TASK_APPROVE);
        complete(task(action), withVariables("outcome", "approve"));

        ran("approveAction");
        assertThat(action).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
    }

    @Test
    void aRejectionAtTheFirstLevelEndsTheApproval() throws Exception {
        ProcessInstance action = propose(600_000, false);
        complete(task(action), withVariables("outcome", "accept"));
        complete(task(ActionProcess.TASK_APPROVE, action), withVariables("outcome", "reject"));

        ran("rejectAction");
        didNotRun("approveAction");
        assertThat(action).isEnded().hasPassed(ActionProcess.END_REJECTED);
    }

    @Test
    void changesAskedGoBackToTheProposerAndTheRevisionToTheWorkingGroup() throws Exception {
        ProcessInstance action = propose(10_000, false);
        complete(task(action), withVariables("outcome", "change"));

        ran("returnToProposer");
        assertThat(action).isWaitingAt(ActionProcess.TASK_REVISE);
        assertThat(task(action)).isAssignedTo("proposer");
        complete(task(action), withVariables("outcome", "resubmit"));
        assertThat(action).isWaitingAt(ActionProcess.TASK_REVIEW);
    }

    @Test
    void aDeclinedProposalEnds() throws Exception {
        ProcessInstance action = propose(10_000, false);
        complete(task(action), withVariables("outcome", "decline"));

        ran("declineAction");
        didNotRun("acceptAction");
        assertThat(action).isEnded().hasPassed(ActionProcess.END_DECLINED);
    }

    @Test
    void anActionDecidedWithItsPlanSkipsTheReviewTask() throws Exception {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "subjectId",
                "7",
                "jurisdictionId",
                3L,
                "reviewedWithPlan",
                true,
                "outcome",
                "accept",
                "progressCycle",
                "R/P3M",
                "budgetEur",
                1000.0,
                "currency",
                "EUR",
                "funded",
                false,
                "essentials",
                "1",
                "country",
                "RS"));
        ProcessInstance action =
                engine.getRuntimeService().startProcessInstanceByKey(ActionProcess.KEY, "7", variables);

        assertThat(action).hasNotPassed(ActionProcess.TASK_REVIEW).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
        ran("acceptAction");
    }

    @Test
    void theDueDatePassingStopsImplementationAndAnExtensionRestartsIt() throws Exception {
        ProcessInstance action = inImplementation();
        assertThat(ModelBeans.runTimersDueAt(engine, DUE.minusSeconds(60))).doesNotContain("Timer_Overdue");

        assertThat(ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60))).contains("Timer_Overdue");
        verify(escalate).notify(any());
        assertThat(action).isWaitingAt(ActionProcess.TASK_HANDLE_OVERDUE).isNotWaitingAt(ActionProcess.TASK_CARRY_OUT);

        complete(task(ActionProcess.TASK_HANDLE_OVERDUE, action), withVariables("outcome", "extend"));
        ran("extendAction");
        assertThat(action).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
    }

    @Test
    void anOverdueActionCancelledEnds() throws Exception {
        ProcessInstance action = inImplementation();
        ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60));
        complete(task(ActionProcess.TASK_HANDLE_OVERDUE, action), withVariables("outcome", "cancel"));

        ran("cancelAction");
        assertThat(action).isEnded().hasPassed(ActionProcess.END_CANCELLED);
    }

    @Test
    void eachReportingPeriodBringsAProgressReportTaskBesideTheWork() throws Exception {
        ProcessInstance action = inImplementation();
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(93, ChronoUnit.DAYS)))
                .containsExactly("StartEvent_ProgressDue");

        verify(progressDue).notify(any());
        assertThat(action).isWaitingAt(ActionProcess.TASK_REPORT_PROGRESS, ActionProcess.TASK_CARRY_OUT);
        complete(task(ActionProcess.TASK_REPORT_PROGRESS, action));
        assertThat(action).isWaitingAt(ActionProcess.TASK_CARRY_OUT).isNotWaitingAt(ActionProcess.TASK_REPORT_PROGRESS);
    }

    @Test
    void aCompletionClaimIsVerifiedOrReturnedToTheOwner() throws Exception {
        ProcessInstance action = inImplementation();
        complete(task(ActionProcess.TASK_CARRY_OUT, action));
        ran("markActionCompleted");
        assertThat(action).isWaitingAt(ActionProcess.TASK_VERIFY);

        complete(task(ActionProcess.TASK_VERIFY, action), withVariables("outcome", "return"));
        ran("returnAction");
        assertThat(action).isWaitingAt(ActionProcess.TASK_CARRY_OUT);

        complete(task(ActionProcess.TASK_CARRY_OUT, action));
        complete(task(ActionProcess.TASK_VERIFY, action), withVariables("outcome", "verify"));
        ran("verifyAction");
        assertThat(action).isEnded().hasPassed(ActionProcess.END_VERIFIED);
    }
}
