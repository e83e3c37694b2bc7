package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The adapter the features reach the engine through, on a process deployed for the test (a task, a
 * message to wait for, a second task): what each method answers follows what the engine did.
 */
class ProcessRunsTests extends IntegrationTest {

    private static final String KEY = "process-runs-probe";
    private static final String WORK = "Task_Work";
    private static final String AFTER = "Task_After";
    private static final String GO = "processRunsProbe.go";

    @Autowired
    ProcessRuns runs;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    private String deployment;

    @BeforeEach
    void deploy() {
        deployment = repository
                .createDeployment()
                .addModelInstance(KEY + ".bpmn", probe())
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        repository.deleteDeployment(deployment, true);
    }

    private static BpmnModelInstance probe() {
        return Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask(WORK)
                .intermediateCatchEvent("Event_Go")
                .message(GO)
                .userTask(AFTER)
                .endEvent()
                .done();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRunGoesFromTaskToMessageToTaskToItsEnd() {
        String business = key();
        String id = runs.start(KEY, business, Map.of(ProcessVariables.SUBJECT_ID, business));

        assertThat(runs.isRunning(KEY, business)).isTrue();
        assertThat(runs.isRunning(KEY, key())).isFalse();
        assertThat(runs.runsWith(KEY, ProcessVariables.SUBJECT_ID, business)).containsExactly(id);
        assertThat(runs.activeRunsWith(KEY, ProcessVariables.SUBJECT_ID, business))
                .containsExactly(id);
        List<OpenTask> work = runs.openTasks(KEY, business, WORK);
        assertThat(work).singleElement().satisfies(t -> {
            assertThat(t.definitionKey()).isEqualTo(WORK);
            assertThat(t.processInstanceId()).isEqualTo(id);
        });
        assertThat(runs.openTasks(KEY, business, AFTER)).isEmpty();
        assertThat(runs.openTask(id, WORK)).contains(work.get(0));
        assertThat(runs.openTaskWith(KEY, WORK, ProcessVariables.SUBJECT_ID, business))
                .contains(work.get(0));
        assertThat(runs.openTaskWith(KEY, WORK, ProcessVariables.SUBJECT_ID, key()))
                .isEmpty();
        assertThat(runs.waitsForMessage(KEY, business, GO)).isEmpty();

        runs.complete(work.get(0).id(), Map.of(ProcessVariables.DECIDED_BY, "anna"));

        assertThat(runs.openTasks(KEY, business, WORK)).isEmpty();
        assertThat(runs.waitsForMessage(KEY, business, GO)).contains(id);
        runs.correlate(GO, business, Map.of(ProcessVariables.COMMENT, "go on"));

        assertThat(runs.waitsForMessage(KEY, business, GO)).isEmpty();
        OpenTask after = runs.openTask(id, AFTER).orElseThrow();
        assertThat(runs.variables(id, List.of(ProcessVariables.DECIDED_BY, ProcessVariables.COMMENT, "absent")))
                .containsOnly(
                        Map.entry(ProcessVariables.DECIDED_BY, "anna"), Map.entry(ProcessVariables.COMMENT, "go on"));

        runs.complete(after.id());

        assertThat(runs.isRunning(KEY, business)).isFalse();
        assertThat(runs.runsWith(KEY, ProcessVariables.SUBJECT_ID, business)).isEmpty();
    }

    @Test
    void aMessageForARunThatDoesNotWaitIsRefused() {
        String business = key();
        runs.start(KEY, business, Map.of());

        assertThatThrownBy(() -> runs.correlate(GO, business, Map.of()))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(runs.openTasks(KEY, business, WORK)).hasSize(1);
    }

    @Test
    void correlateAllReachesEveryWaitingRunOfTheSubjectAndNoOther() {
        String subject = key();
        String other = key();
        String first = waiting(subject);
        String second = waiting(subject);
        String elsewhere = waiting(other);

        runs.correlateAll(GO, ProcessVariables.SUBJECT_ID, subject);

        assertThat(runs.openTask(first, AFTER)).isPresent();
        assertThat(runs.openTask(second, AFTER)).isPresent();
        assertThat(runs.openTask(elsewhere, AFTER)).isEmpty();
        runs.correlateAll(GO, ProcessVariables.SUBJECT_ID, key());
        assertThat(runs.openTask(elsewhere, AFTER))
                .as("a subject with no waiting run moves nothing")
                .isEmpty();
    }

    private String waiting(String subject) {
        String business = key();
        String id = runs.start(KEY, business, Map.of(ProcessVariables.SUBJECT_ID, subject));
        runs.complete(runs.openTask(id, WORK).orElseThrow().id());
        return id;
    }

    @Test
    void suspendedRunsAreRunningButNotActive() {
        String business = key();
        String id = runs.start(KEY, business, Map.of(ProcessVariables.SUBJECT_ID, business));
        runtime.suspendProcessInstanceById(id);

        assertThat(runs.runsWith(KEY, ProcessVariables.SUBJECT_ID, business)).containsExactly(id);
        assertThat(runs.activeRunsWith(KEY, ProcessVariables.SUBJECT_ID, business))
                .isEmpty();
        assertThat(runs.isRunning(KEY, business)).isTrue();
    }

    @Test
    void theClockIsTheEnginesOwnAndDatesItsTasks() {
        Instant then = Instant.parse("2021-03-04T23:30:00Z");
        ClockUtil.setCurrentTime(Date.from(then));

        assertThat(runs.now()).isEqualTo(then);
        assertThat(runs.today(ZoneOffset.UTC)).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(runs.today(java.time.ZoneId.of("Europe/Belgrade"))).isEqualTo(LocalDate.of(2021, 3, 5));

        String subject = key();
        runs.start(KEY, key(), Map.of(ProcessVariables.JURISDICTION_ID, subject));
        ClockUtil.reset();

        assertThat(runs.now()).isAfter(then);
        assertThat(runs.openTasksCreatedBefore(
                        KEY, WORK, ProcessVariables.JURISDICTION_ID, subject, then.plusSeconds(60)))
                .isEqualTo(1);
        assertThat(runs.openTasksCreatedBefore(
                        KEY, WORK, ProcessVariables.JURISDICTION_ID, subject, then.minusSeconds(60)))
                .isZero();
        assertThat(runs.openTasksCreatedBefore(
                        KEY, AFTER, ProcessVariables.JURISDICTION_ID, subject, then.plusSeconds(60)))
                .isZero();
    }
}
