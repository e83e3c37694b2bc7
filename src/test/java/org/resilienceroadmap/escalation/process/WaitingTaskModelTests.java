package org.resilienceroadmap.escalation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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
import org.mockito.InOrder;
import org.resilienceroadmap.escalation.CoordinatorEscalation;
import org.resilienceroadmap.escalation.EscalationSettings;
import org.resilienceroadmap.escalation.WaitingTask;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * The real reminder and escalation delegates on roadmap.bpmn's entry validation, the clock moved: each reads
 * which task waits (the one its timer is attached to), in which process and city; reminder first, escalation
 * after, each once; a decided validation stops them.
 */
@FastTest
@Deployment(resources = "processes/roadmap.bpmn")
class WaitingTaskModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    ProcessEngine engine;
    String stub;
    CoordinatorEscalation escalation = mock(CoordinatorEscalation.class);

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        ModelBeans.delegate("enterRoadmapStage");
        ModelBeans.taskListener("entryEvidenceCheck");
        ModelBeans.taskListener("entryValidation");
        ModelBeans.taskListener("stageGateChecklist");
        ModelBeans.register("waitingTimers", new WaitingTimers(new EscalationSettings("P7D", "P21D", "0 0 7 ? * MON")));
        ModelBeans.register("remindCoordinators", new RemindCoordinatorsDelegate(escalation));
        ModelBeans.register("escalateToParentLevel", new EscalateToParentLevelDelegate(escalation));
    }

    @AfterEach
    void reset() {
        if (stub != null) {
            engine.getRepositoryService().deleteDeployment(stub, true);
        }
        ModelBeans.reset();
    }

    private ProcessInstance awaitingEntryValidation() {
        ProcessInstance roadmap = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "roadmap",
                        "3",
                        Map.of(
                                "subjectType",
                                "JURISDICTION",
                                "subjectId",
                                "3",
                                "jurisdictionId",
                                3L,
                                "entryStage",
                                "B"));
        complete(task(roadmap), withVariables("outcome", "sendEntry"));
        assertThat(roadmap).isWaitingAt("Task_ValidateEntry");
        return roadmap;
    }

    @Test
    void theWaitingValidationIsNamedToTheRemindingThenTheEscalationEachOnce() {
        ProcessInstance roadmap = awaitingEntryValidation();
        String taskId = task(roadmap).getId();

        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(8, ChronoUnit.DAYS)))
                .containsExactly("Timer_ValidateEntryReminder");
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(22, ChronoUnit.DAYS)))
                .containsExactly("Timer_ValidateEntryEscalation");
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(80, ChronoUnit.DAYS)))
                .isEmpty();

        InOrder order = inOrder(escalation);
        ArgumentCaptor<WaitingTask> reminded = ArgumentCaptor.forClass(WaitingTask.class);
        ArgumentCaptor<WaitingTask> escalated = ArgumentCaptor.forClass(WaitingTask.class);
        order.verify(escalation).remind(reminded.capture());
        order.verify(escalation).escalate(escalated.capture());
        assertThat(reminded.getValue())
                .isEqualTo(new WaitingTask("roadmap", "Task_ValidateEntry", taskId, "JURISDICTION", "3", 3L));
        assertThat(escalated.getValue()).isEqualTo(reminded.getValue());
    }

    @Test
    void aValidationDecidedInTimeTellsNobody() {
        ProcessInstance roadmap = awaitingEntryValidation();
        // The accepted entry goes on to stage B's strategy review: a one-task stand-in for it.
        stub = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "strategy-review-stub.bpmn",
                        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("strategy-review")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Stub")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
        complete(task(roadmap), withVariables("outcome", "acceptEntry"));
        assertThat(roadmap).isWaitingAt("CallActivity_StageBStrategy");

        ModelBeans.runTimersDueAt(engine, NOW.plus(80, ChronoUnit.DAYS));

        verify(escalation, never()).remind(any());
        verify(escalation, never()).escalate(any());
    }
}
