package org.resilienceroadmap.escalation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.escalation.EscalationSettings;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * weekly-digest.bpmn on the in-memory engine, the clock moved: the engine's timer (a job, so one node of a
 * cluster runs it) starts it once a week, and each reader's digest is a job of its own.
 */
@FastTest
class WeeklyDigestModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    /** A Sunday. */
    private static final Instant SUNDAY = Instant.parse("2026-03-01T10:00:00Z");

    ProcessEngine engine;
    String deployment;
    List<String> sentTo = new ArrayList<>();

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(SUNDAY));
        // The timer's cycle is read when the model is deployed: its bean first.
        ModelBeans.register(
                "weeklyDigestSchedule",
                new WeeklyDigestSchedule(new EscalationSettings("P7D", "P21D", "0 0 7 ? * MON")));
        WeeklyDigestProcess readers = mock(WeeklyDigestProcess.class);
        when(readers.readers()).thenReturn(List.of("ana", "boris"));
        ModelBeans.register("weeklyDigestProcess", readers);
        ModelBeans.register("sendWeeklyDigest", (org.camunda.bpm.engine.delegate.JavaDelegate)
                execution -> sentTo.add((String) execution.getVariable(WeeklyDigestProcess.READER)));
        deployment = engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("processes/weekly-digest.bpmn")
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
        ModelBeans.reset();
    }

    private void runReaderJobs() {
        var management = engine.getManagementService();
        for (Job job : management.createJobQuery().executable().messages().list()) {
            management.executeJob(job.getId());
        }
    }

    @Test
    void everyWeekEachReaderGetsOneDigestAsAJobOfTheirOwn() {
        assertThat(ModelBeans.runTimersDueAt(engine, SUNDAY.plus(12, ChronoUnit.HOURS)))
                .isEmpty();

        assertThat(ModelBeans.runTimersDueAt(engine, SUNDAY.plus(2, ChronoUnit.DAYS)))
                .containsExactly("StartEvent_Weekly");
        assertThat(sentTo).as("nothing is sent in the timer's own job").isEmpty();
        assertThat(engine.getManagementService().createJobQuery().messages().count())
                .isEqualTo(2);
        runReaderJobs();

        assertThat(sentTo).containsExactlyInAnyOrder("ana", "boris");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(WeeklyDigestProcess.KEY)
                        .count())
                .isZero();

        assertThat(ModelBeans.runTimersDueAt(engine, SUNDAY.plus(3, ChronoUnit.DAYS)))
                .isEmpty();
        assertThat(ModelBeans.runTimersDueAt(engine, SUNDAY.plus(9, ChronoUnit.DAYS)))
                .containsExactly("StartEvent_Weekly");
        runReaderJobs();
        assertThat(sentTo).hasSize(4);
    }
}
