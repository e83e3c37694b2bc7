package org.resilienceroadmap.roadmap.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
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
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resilienceroadmap.support.FastTest;
import org.resilienceroadmap.support.InMemoryEngine;
import org.resilienceroadmap.support.ModelBeans;

/**
 * The paths of processes/roadmap.bpmn on the in-memory engine, delegates and listeners mocked and the
 * called assessment and strategy review stood in for by one-task processes: joined at A through every
 * gate to the end, a stage gate's return, joined at B or C with the entry evidence validated, and the
 * re-assessment cycle of stage C (engine clock moved).
 */
@FastTest
@Deployment(resources = "processes/roadmap.bpmn")
class RoadmapModelTests {

    @RegisterExtension
    static ProcessEngineExtension extension = InMemoryEngine.extension();

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    ProcessEngine engine;
    JavaDelegate enterStage;
    TaskListener gateChecklist;
    TaskListener entryEvidence;
    TaskListener entryValidation;
    String stubs;
    org.camunda.bpm.engine.delegate.JavaDelegate remindCoordinators;
    org.camunda.bpm.engine.delegate.JavaDelegate escalateToParent;

    @BeforeEach
    void beans() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        ModelBeans.candidateGroups();
        RoadmapCycles cycles = mock(RoadmapCycles.class);
        when(cycles.reassessment()).thenReturn("R/P2Y");
        ModelBeans.register("roadmapCycles", cycles);
        enterStage = ModelBeans.delegate("enterRoadmapStage");
        gateChecklist = ModelBeans.taskListener("stageGateChecklist");
        entryEvidence = ModelBeans.taskListener("entryEvidenceCheck");
        entryValidation = ModelBeans.taskListener("entryValidation");
        ModelBeans.register(
                "waitingTimers",
                new org.resilienceroadmap.escalation.process.WaitingTimers(
                        new org.resilienceroadmap.escalation.EscalationSettings("P7D", "P21D", "0 0 7 ? * MON")));
        remindCoordinators = ModelBeans.delegate("remindCoordinators");
        escalateToParent = ModelBeans.delegate("escalateToParentLevel");
        stubs = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("assessment-stub.bpmn", stub("assessment"))
                .addModelInstance("strategy-review-stub.bpmn", stub("strategy-review"))
                .deploy()
                .getId();
    }

    /** The called process reduced to one task, so that the roadmap's own paths are what is tested. */
    private static org.camunda.bpm.model.bpmn.BpmnModelInstance stub(String key) {
        return Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Stub")
                .endEvent()
                .done();
    }

    @AfterEach
    void reset() {
        engine.getRepositoryService().deleteDeployment(stubs, true);
        ModelBeans.reset();
    }

    private ProcessInstance joinedAt(String stage) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        RoadmapProcess.KEY,
                        "3",
                        Map.of("subjectId", "3", "jurisdictionId", 3L, RoadmapProcess.ENTRY_STAGE, stage));
    }

    private void finishCalledWork(ProcessInstance roadmap) {
        complete(task("Task_Stub", calledProcessInstance(roadmap)));
    }

    @Test
    void joinedAtATheCityPassesEveryGateToTheEnd() throws Exception {
        ProcessInstance roadmap = joinedAt("A");
        assertThat(roadmap)
                .isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT)
                .hasNotPassed(RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE);
        assertThat(calledProcessInstance(roadmap)).hasProcessDefinitionKey("assessment");
        finishCalledWork(roadmap);

        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_STAGE_A_GATE);
        assertThat(task(roadmap)).hasCandidateGroup("group-coordinatorsOf");
        complete(task(roadmap), withVariables("outcome", RoadmapProcess.OUTCOME_APPROVE));
        assertThat(roadmap).isWaitingAt(RoadmapProcess.CALL_STAGE_B_STRATEGY);
        assertThat(calledProcessInstance(roadmap)).hasProcessDefinitionKey("strategy-review");
        finishCalledWork(roadmap);

        complete(
                task(RoadmapProcess.TASK_STAGE_B_GATE, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_APPROVE));
        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);
        complete(
                task(RoadmapProcess.TASK_STAGE_C_WORK, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_COMPLETE));
        complete(
                task(RoadmapProcess.TASK_STAGE_C_GATE, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_APPROVE));

        assertThat(roadmap).isEnded().hasPassed(RoadmapProcess.END_COMPLETED);
        verify(enterStage, times(3)).execute(any());
        verify(gateChecklist, times(3)).notify(any());
    }

    @Test
    void aReturnedGateOpensTheStagesWorkAgain() throws Exception {
        ProcessInstance roadmap = joinedAt("A");
        finishCalledWork(roadmap);
        complete(
                task(RoadmapProcess.TASK_STAGE_A_GATE, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_RETURN));

        assertThat(roadmap).isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
        verify(enterStage, times(1)).execute(any());
    }

    @Test
    void joinedAtBTheEntryEvidenceIsValidatedAndTheStrategyReviewStarts() throws Exception {
        ProcessInstance roadmap = joinedAt("B");
        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE);
        assertThat(task(roadmap)).hasCandidateGroup("group-chairsOf");
        complete(task(roadmap), withVariables("outcome", RoadmapProcess.OUTCOME_SEND_FOR_VALIDATION));
        verify(entryEvidence).notify(any());

        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_VALIDATE_ENTRY);
        complete(task(roadmap), withVariables("outcome", RoadmapProcess.OUTCOME_ACCEPT_ENTRY));
        verify(entryValidation).notify(any());

        assertThat(roadmap)
                .hasPassed("Task_EnterStageBOnEntry")
                .isWaitingAt(RoadmapProcess.CALL_STAGE_B_STRATEGY)
                .hasNotPassed(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
    }

    @Test
    void inStageCTheCityReassessesEveryCycleWhileItsWorkGoesOn() throws Exception {
        ProcessInstance roadmap = joinedAt("C");
        complete(
                task(RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_SEND_FOR_VALIDATION));
        complete(
                task(RoadmapProcess.TASK_VALIDATE_ENTRY, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_ACCEPT_ENTRY));
        assertThat(roadmap).hasPassed("Task_EnterStageCOnEntry").isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);

        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(700, ChronoUnit.DAYS)))
                .isEmpty();
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(740, ChronoUnit.DAYS)))
                .containsExactly("Timer_Reassessment");

        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK, "CallActivity_Reassessment");
        assertThat(calledProcessInstance(roadmap)).hasProcessDefinitionKey("assessment");
        finishCalledWork(roadmap);
        assertThat(roadmap).hasPassed("EndEvent_Reassessed").isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);
    }

    @Test
    void aGateLeftWaitingRemindsTheCoordinatorsThenTellsTheLevelAboveOnceEach() throws Exception {
        ProcessInstance roadmap = joinedAt("A");
        finishCalledWork(roadmap);
        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_STAGE_A_GATE);

        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(6, ChronoUnit.DAYS)))
                .isEmpty();
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(8, ChronoUnit.DAYS)))
                .containsExactly("Timer_StageAGateReminder");
        verify(remindCoordinators).execute(any());
        verify(escalateToParent, never()).execute(any());
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(22, ChronoUnit.DAYS)))
                .containsExactly("Timer_StageAGateEscalation");
        assertThat(ModelBeans.runTimersDueAt(engine, NOW.plus(90, ChronoUnit.DAYS)))
                .isEmpty();

        verify(remindCoordinators, times(1)).execute(any());
        verify(escalateToParent, times(1)).execute(any());
        assertThat(roadmap).isWaitingAt(RoadmapProcess.TASK_STAGE_A_GATE);
    }

    @Test
    void aGateDecidedInTimeTellsNobody() throws Exception {
        ProcessInstance roadmap = joinedAt("A");
        finishCalledWork(roadmap);
        complete(
                task(RoadmapProcess.TASK_STAGE_A_GATE, roadmap),
                withVariables("outcome", RoadmapProcess.OUTCOME_RETURN));

        ModelBeans.runTimersDueAt(engine, NOW.plus(90, ChronoUnit.DAYS));

        verify(remindCoordinators, never()).execute(any());
        verify(escalateToParent, never()).execute(any());
    }
}
