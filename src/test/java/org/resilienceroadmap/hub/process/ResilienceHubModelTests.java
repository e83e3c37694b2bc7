package org.resilienceroadmap.hub.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Every path of processes/resilience-hub.bpmn on the in-memory engine, its delegates mocked: recommended
 * and designated, sent back and revised, declined by the coordinator and by an administrator, the reminder
 * and the lapse at the term's end (engine clock moved), a renewal, a declined renewal running out.
 */
@FastTest
@Deployment(resources = "processes/resilience-hub.bpmn")
class ResilienceHubModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant REMINDER = NOW.plus(300, ChronoUnit.DAYS);
    private static final Instant TERM_ENDS = NOW.plus(365, ChronoUnit.DAYS);

    ProcessEngine engine;
    HubSchedule schedule = mock(HubSchedule.class);
    JavaDelegate sendBack;
    JavaDelegate record;
    JavaDelegate designate;
    JavaDelegate remind;
    JavaDelegate decline;
    JavaDelegate lapse;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ModelBeans.candidateGroups();
        ModelBeans.register("hubSchedule", schedule);
        when(schedule.reminderAt(any())).thenReturn(Date.from(REMINDER));
        when(schedule.termEndsAt(any())).thenReturn(Date.from(TERM_ENDS));
        sendBack = ModelBeans.delegate("sendHubApplicationBack");
        record = ModelBeans.delegate("recordHubRecommendation");
        designate = ModelBeans.delegate("designateHub");
        remind = ModelBeans.delegate("remindOfHubExpiry");
        decline = ModelBeans.delegate("declineHubApplication");
        lapse = ModelBeans.delegate("lapseHub");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance apply() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        ResilienceHubProcess.KEY, "7", Map.of("subjectId", "7", "jurisdictionId", 3L));
    }

    private ProcessInstance designated() throws Exception {
        ProcessInstance hub = apply();
        complete(task(ResilienceHubProcess.TASK_RECOMMEND, hub), withVariables("outcome", "recommend"));
        complete(task(ResilienceHubProcess.TASK_DESIGNATE, hub), withVariables("outcome", "designate"));
        return hub;
    }

    @Test
    void recommendedAndDesignatedTheHubWaitsOutItsTerm() throws Exception {
        ProcessInstance hub = apply();
        assertThat(hub).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
        assertThat(task(hub)).hasCandidateGroup("group-coordinatorsOf");

        complete(task(hub), withVariables("outcome", "recommend"));
        verify(record).execute(any());
        assertThat(hub).isWaitingAt(ResilienceHubProcess.TASK_DESIGNATE);
        assertThat(task(hub)).hasCandidateGroup("group-admins");

        complete(task(hub), withVariables("outcome", "designate"));
        verify(designate).execute(any());
        assertThat(hub).isWaitingAt(ResilienceHubProcess.WAIT_TERM).hasPassed("Task_DesignateHub");
        verify(decline, never()).execute(any());
    }

    @Test
    void theCoordinatorSendsItBackAndTheRevisionReturnsToTheCoordinator() throws Exception {
        ProcessInstance hub = apply();
        complete(task(hub), withVariables("outcome", "request-changes"));
        verify(sendBack).execute(any());
        assertThat(hub).isWaitingAt(ResilienceHubProcess.TASK_REVISE);
        assertThat(task(hub)).hasCandidateGroup("group-chairsOf");

        complete(task(hub));
        assertThat(hub).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
    }

    @Test
    void declinedByTheCoordinatorWithoutATermItEnds() throws Exception {
        ProcessInstance hub = apply();
        complete(task(hub), withVariables("outcome", "decline"));
        verify(decline).execute(any());
        assertThat(hub).isEnded().hasPassed(ResilienceHubProcess.END_DECLINED);
        verify(record, never()).execute(any());
    }

    @Test
    void declinedByAnAdministratorItEnds() throws Exception {
        ProcessInstance hub = apply();
        complete(task(hub), withVariables("outcome", "recommend"));
        complete(task(hub), withVariables("outcome", "decline"));
        verify(decline).execute(any());
        verify(designate, never()).execute(any());
        assertThat(hub).isEnded().hasPassed(ResilienceHubProcess.END_DECLINED);
    }

    @Test
    void theChairIsRemindedBeforeTheEndAndTheHubLapsesAtIt() throws Exception {
        ProcessInstance hub = designated();

        assertThat(ModelBeans.runTimersDueAt(engine, REMINDER.minusSeconds(60))).isEmpty();
        assertThat(ModelBeans.runTimersDueAt(engine, REMINDER.plusSeconds(60)))
                .containsExactly(ResilienceHubProcess.TIMER_REMINDER);
        verify(remind).execute(any());
        assertThat(hub).isWaitingAt(ResilienceHubProcess.WAIT_TERM);

        assertThat(ModelBeans.runTimersDueAt(engine, TERM_ENDS.plusSeconds(60)))
                .containsExactly(ResilienceHubProcess.TIMER_TERM_ENDS);
        verify(lapse).execute(any());
        assertThat(hub).isEnded().hasPassed(ResilienceHubProcess.END_LAPSED);
    }

    @Test
    void aRenewalGoesToTheCoordinatorAgainAndCancelsTheTermsTimers() throws Exception {
        ProcessInstance hub = designated();
        engine.getRuntimeService()
                .createMessageCorrelation(ResilienceHubProcess.MESSAGE_RENEWAL)
                .processInstanceBusinessKey("7")
                .correlate();

        assertThat(hub).isWaitingAt(ResilienceHubProcess.TASK_RECOMMEND);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(hub.getId())
                        .count())
                .isZero();
    }

    @Test
    void aDeclinedRenewalKeepsTheRunningTermUntilItRunsOut() throws Exception {
        ProcessInstance hub = designated();
        engine.getRuntimeService()
                .createMessageCorrelation(ResilienceHubProcess.MESSAGE_RENEWAL)
                .processInstanceBusinessKey("7")
                .correlate();
        when(schedule.holdsTerm(any())).thenReturn(true);
        complete(task(hub), withVariables("outcome", "decline"));

        verify(decline).execute(any());
        assertThat(hub).isWaitingAt(ResilienceHubProcess.TIMER_TERM_RUNS_OUT);
        verify(lapse, never()).execute(any());

        assertThat(ModelBeans.runTimersDueAt(engine, TERM_ENDS.plusSeconds(60)))
                .containsExactly(ResilienceHubProcess.TIMER_TERM_RUNS_OUT);
        verify(lapse).execute(any());
        assertThat(hub).isEnded().hasPassed(ResilienceHubProcess.END_LAPSED);
    }
}
