package org.resilienceroadmap.funding.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * The paths of processes/donor-report.bpmn on the in-memory engine, delegates mocked: the report falling
 * due (engine clock moved) or asked for, signed off, returned and recompiled, queried by the donor and
 * signed off again, acknowledged with more reports to come and as the final one.
 */
@FastTest
@Deployment(resources = "processes/donor-report.bpmn")
class DonorReportModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DUE = NOW.plus(180, ChronoUnit.DAYS);

    ProcessEngine engine;
    DonorReportSchedule schedule = mock(DonorReportSchedule.class);
    Map<String, JavaDelegate> delegates = new HashMap<>();

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        ModelBeans.register("donorReportSchedule", schedule);
        when(schedule.nextDue(any())).thenReturn(Date.from(DUE));
        for (String name : List.of(
                "compileDonorReport",
                "recompileDonorReport",
                "submitDonorReport",
                "recordDonorQuery",
                "recordDonorAcknowledgement")) {
            delegates.put(name, ModelBeans.delegate(name));
        }
    }

    @AfterEach
    void reset() {
        ModelBeans.reset();
    }

    private ProcessInstance opened() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        DonorReportProcess.KEY,
                        "5",
                        Map.of(
                                "subjectId",
                                "5",
                                DonorReportProcess.PROGRAMME_ID,
                                5L,
                                DonorReportProcess.OPENED_ON,
                                "2026-03-02"));
    }

    private void ranTimes(String delegate, int times) throws Exception {
        verify(delegates.get(delegate), times(times)).execute(any());
    }

    @Test
    void theReportFallsDueIsSignedOffSubmittedAndAcknowledgedAndTheNextWaits() throws Exception {
        when(schedule.reportsRemain(any())).thenReturn(true);
        ProcessInstance reporting = opened();
        assertThat(reporting).isWaitingAt(DonorReportProcess.GATEWAY_WAIT);
        assertThat(ModelBeans.runTimersDueAt(engine, DUE.minusSeconds(60))).isEmpty();

        assertThat(ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60)))
                .containsExactly(DonorReportProcess.TIMER_DUE);
        ranTimes("compileDonorReport", 1);
        assertThat(reporting).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        assertThat(task(reporting)).hasCandidateGroup("group-coordinatorsOfProgramme");

        complete(task(reporting), withVariables("outcome", "approve"));
        ranTimes("submitDonorReport", 1);
        assertThat(reporting).isWaitingAt(DonorReportProcess.TASK_DONOR_RESPONSE);
        assertThat(task(reporting)).hasCandidateGroup("group-donorsOf");

        complete(task(reporting), withVariables("outcome", "acknowledge"));
        ranTimes("recordDonorAcknowledgement", 1);
        assertThat(reporting).isNotEnded().isWaitingAt(DonorReportProcess.GATEWAY_WAIT);
    }

    @Test
    void aReportAskedForIsCompiledAtOnce() throws Exception {
        ProcessInstance reporting = opened();
        engine.getRuntimeService()
                .createMessageCorrelation(DonorReportProcess.MESSAGE_REQUESTED)
                .processInstanceId(reporting.getId())
                .correlate();

        ranTimes("compileDonorReport", 1);
        assertThat(reporting).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(reporting.getId())
                        .count())
                .isZero();
    }

    @Test
    void aReturnedReportIsRecompiledAndSignedOffAgain() throws Exception {
        ProcessInstance reporting = opened();
        ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60));
        complete(task(reporting), withVariables("outcome", "return"));

        ranTimes("recompileDonorReport", 1);
        ranTimes("submitDonorReport", 0);
        assertThat(reporting).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
    }

    @Test
    void aQueryGoesBackToSignOffAndTheSecondSubmissionIsTheFinalReport() throws Exception {
        when(schedule.reportsRemain(any())).thenReturn(false);
        ProcessInstance reporting = opened();
        ModelBeans.runTimersDueAt(engine, DUE.plusSeconds(60));
        complete(task(reporting), withVariables("outcome", "approve"));
        complete(task(reporting), withVariables("outcome", "query"));

        ranTimes("recordDonorQuery", 1);
        assertThat(reporting).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        complete(task(reporting), withVariables("outcome", "approve"));
        ranTimes("submitDonorReport", 2);
        complete(task(DonorReportProcess.TASK_DONOR_RESPONSE, reporting), withVariables("outcome", "acknowledge"));

        assertThat(reporting).isEnded().hasPassed(DonorReportProcess.END_FINAL);
        verify(delegates.get("recompileDonorReport"), never()).execute(any());
    }
}
