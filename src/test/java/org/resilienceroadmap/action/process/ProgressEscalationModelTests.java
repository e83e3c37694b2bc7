package org.resilienceroadmap.action.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.action.ProgressEscalationSettings;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * The silence of a progress report on the in-memory engine, the clock moved: the owner is reminded, then
 * the chair told, then the coordinators, each once and in that order; a report written in time stops them.
 */
@FastTest
@Deployment(resources = {"processes/action.bpmn", "processes/action-approval.dmn"})
class ProgressEscalationModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** The first report falls due a quarter after implementation starts (R/P3M). */
    private static final Instant REPORT_DUE = NOW.plus(93, ChronoUnit.DAYS);

    ProcessEngine engine;
    ActionSteps steps = mock(ActionSteps.class);
    JavaDelegate remind;
    JavaDelegate chair;
    JavaDelegate coordinators;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        when(steps.ownerOf(7L)).thenReturn("owner");
        when(steps.dueAt(7L)).thenReturn(NOW.plus(400, ChronoUnit.DAYS).toString());
        ModelBeans.register("actionTasks", new ActionTasks(steps));
        ModelBeans.register(
                "recordApprovalRoute", new RecordApprovalRouteDelegate(steps, engine.getRepositoryService()));
        for (String name : List.of("acceptAction", "approveAction")) {
            ModelBeans.delegate(name);
        }
        ModelBeans.taskListener("actionProgressDue");
        ModelBeans.register(
                "progressTimers", new ProgressTimers(new ProgressEscalationSettings("P14D", "P30D", "P45D")));
        remind = ModelBeans.delegate("remindProgressOwner");
        chair = ModelBeans.delegate("escalateProgressToChair");
        coordinators = ModelBeans.delegate("escalateProgressToCoordinators");
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance reportDue() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("subjectId", "7");
        variables.put("jurisdictionId", 3L);
        variables.put("reviewedWithPlan", false);
        variables.put("progressCycle", "R/P3M");
        variables.put("budgetEur", 10_000d);
        variables.put("currency", "EUR");
        variables.put("funded", false);
        variables.put("essentials", "2");
        variables.put("country", "RS");
        ProcessInstance action =
                engine.getRuntimeService().startProcessInstanceByKey(ActionProcess.KEY, "7", variables);
        complete(task(ActionProcess.TASK_REVIEW, action), withVariables("outcome", "accept"));
        assertThat(ModelBeans.runTimersDueAt(engine, REPORT_DUE)).containsExactly("StartEvent_ProgressDue");
        assertThat(action).isWaitingAt(ActionProcess.TASK_REPORT_PROGRESS);
        return action;
    }

    private List<String> at(int daysAfterDue) {
        return ModelBeans.runTimersDueAt(
                engine, REPORT_DUE.plus(daysAfterDue, ChronoUnit.DAYS).plusSeconds(60));
    }

    @Test
    void anUnwrittenReportRemindsTheOwnerThenTellsTheChairThenTheCoordinatorsEachOnce() throws Exception {
        ProcessInstance action = reportDue();

        assertThat(at(13)).isEmpty();
        assertThat(at(14)).containsExactly("Timer_ProgressRemindOwner");
        verify(remind).execute(any());
        verify(chair, never()).execute(any());

        assertThat(at(30)).containsExactly("Timer_ProgressToChair");
        verify(chair).execute(any());
        verify(coordinators, never()).execute(any());

        assertThat(at(45)).containsExactly("Timer_ProgressToCoordinators");
        assertThat(at(80))
                .doesNotContain("Timer_ProgressRemindOwner", "Timer_ProgressToChair", "Timer_ProgressToCoordinators");

        InOrder order = inOrder(remind, chair, coordinators);
        order.verify(remind, times(1)).execute(any());
        order.verify(chair, times(1)).execute(any());
        order.verify(coordinators, times(1)).execute(any());
        assertThat(action).isWaitingAt(ActionProcess.TASK_REPORT_PROGRESS, ActionProcess.TASK_CARRY_OUT);
    }

    @Test
    void aReportWrittenAfterTheReminderStopsTheEscalation() throws Exception {
        ProcessInstance action = reportDue();
        assertThat(at(15)).containsExactly("Timer_ProgressRemindOwner");

        complete(task(ActionProcess.TASK_REPORT_PROGRESS, action));

        assertThat(at(60)).isEmpty();
        verify(remind, times(1)).execute(any());
        verify(chair, never()).execute(any());
        verify(coordinators, never()).execute(any());
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(action.getId())
                        .timers()
                        .list())
                .noneMatch(job -> job.getJobDefinitionId() != null
                        && engine.getManagementService()
                                .createJobDefinitionQuery()
                                .jobDefinitionId(job.getJobDefinitionId())
                                .singleResult()
                                .getActivityId()
                                .startsWith("Timer_Progress"));
    }

    @Test
    void aReportWrittenInTimeTellsNobody() throws Exception {
        ProcessInstance action = reportDue();

        complete(task(ActionProcess.TASK_REPORT_PROGRESS, action));

        assertThat(at(60)).isEmpty();
        verify(remind, never()).execute(any());
        verify(chair, never()).execute(any());
        verify(coordinators, never()).execute(any());
    }
}
