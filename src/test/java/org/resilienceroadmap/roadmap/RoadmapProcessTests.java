package org.resilienceroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.assessment.AssessmentState;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.AssessmentDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskComments;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/roadmap.bpmn, driven the way people drive it: through the task inbox. */
class RoadmapProcessTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskComments taskComments;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentDriver driver;

    @Autowired
    AssessmentReads assessments;

    @Autowired
    StrategyDriver strategies;

    private TestCity city;
    private ProcessInstance instance;

    @BeforeEach
    void joinANewCity() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
        as(COORDINATOR, () -> roadmap.join(city.id(), LocalDate.of(2024, 3, 1)));
        // Kept from the start: the assertions follow it by id, also after it has ended.
        instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(city.id()))
                .processDefinitionKey(RoadmapProcess.KEY)
                .singleResult();
    }

    @Test
    void entersStageAAtJoiningAndOpensItsAssessmentForTheChair() {
        assertThat(process()).isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);
        assertThat(directory.get(city.id()).getJoinedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        TaskItem first = as(city.chair(), () -> inbox.openTasks()).get(0);
        assertThat(first.processKey()).isEqualTo("assessment");
        assertThat(first.taskKey()).isEqualTo("Task_AssignEssentials");
        assertThat(first.subjectType()).isEqualTo("ASSESSMENT");
        assertThat(as(city.chair(), () -> assessments.ofJurisdiction(city.id())))
                .singleElement()
                .satisfies(a -> assertThat(a.getTemplateId()).isEqualTo("preliminary"));
        assertThat(as(city.member(), () -> inbox.openTasks())).isEmpty();
        assertThat(as(COORDINATOR, () -> inbox.openTasks()))
                .noneMatch(t -> city.id().equals(t.jurisdictionId()));
    }

    @Test
    void aValidatedAssessmentCompletesStageAWork() {
        driver.passAssessment(city.id(), city.chair(), COORDINATOR);
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_STAGE_A_GATE);
        assertThat(as(city.chair(), () -> assessments.ofJurisdiction(city.id())))
                .singleElement()
                .satisfies(a -> assertThat(a.getState()).isEqualTo(AssessmentState.VALIDATED));
    }

    @Test
    void walksThroughAllThreeStagesToTheEndOfTheCycle() {
        for (RoadmapStage stage : RoadmapStage.values()) {
            completeWork();
            assertThat(process()).isWaitingAt("Task_Stage" + stage + "Gate");
            decide(COORDINATOR, "approve", "Well done");
        }
        assertThat(process()).isEnded().hasPassed(RoadmapProcess.END_COMPLETED);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.C);
        List<StageHistoryEntry> history = directory.stageHistory(city.id());
        assertThat(history)
                .extracting(StageHistoryEntry::getStage)
                .containsExactly(RoadmapStage.A, RoadmapStage.B, RoadmapStage.C);
        assertThat(history)
                .extracting(StageHistoryEntry::getApprovedBy)
                .as("joining is no approval")
                .containsExactly(null, COORDINATOR, COORDINATOR);
        assertThat(history.get(0).getEnteredAt())
                .as("stage A begins on the joining day")
                .isEqualTo(LocalDate.of(2024, 3, 1)
                        .atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant());
        assertThat(history.get(0).getLeftAt()).isNotNull();
        assertThat(history.get(1).getLeftAt()).isNotNull();
        assertThat(history.get(2).getLeftAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(RoadmapStage.class)
    void returnsTheStageWorkToTheChairWithTheCoordinatorsComment(RoadmapStage stage) {
        advanceTo(stage);
        completeWork();
        decide(COORDINATOR, "return", "The hazard profile lacks mudflows");

        assertThat(process())
                .isWaitingAt(
                        stage == RoadmapStage.A
                                ? RoadmapProcess.CALL_STAGE_A_ASSESSMENT
                                : stage == RoadmapStage.B
                                        ? RoadmapProcess.CALL_STAGE_B_STRATEGY
                                        : "Task_Stage" + stage + "Work");
        assertThat(directory.get(city.id()).getStage()).isEqualTo(stage);
        TaskItem again = as(city.chair(), () -> inbox.openTasks()).stream()
                .filter(t -> city.id().equals(t.jurisdictionId()))
                .findFirst()
                .orElseThrow();
        assertThat(as(city.chair(), () -> taskComments.comments(again))).anySatisfy(c -> {
            assertThat(c.author()).isEqualTo(COORDINATOR);
            assertThat(c.message()).isEqualTo("The hazard profile lacks mudflows");
        });
        completeWork();
        decide(COORDINATOR, "approve", null);
        assertThat(directory.get(city.id()).getStage())
                .isEqualTo(stage == RoadmapStage.C ? RoadmapStage.C : stage.next());
    }

    @Test
    void reassessesTheJurisdictionOnTheCycleWhileItImplementsItsPlan() {
        advanceTo(RoadmapStage.C);
        assertThat(as(city.chair(), () -> assessments.ofJurisdiction(city.id())))
                .hasSize(1);
        var timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId("Timer_Reassessment")
                .singleResult();
        assertThat(timer.getDuedate().toInstant())
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(729)));
        try {
            org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
                    java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(731))));
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        assertThat(as(city.chair(), () -> assessments.ofJurisdiction(city.id())))
                .hasSize(2);
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.C);
    }

    @Test
    void refusesAReturnWithoutAComment() {
        completeWork();
        TaskItem gate = taskOf(COORDINATOR);
        assertThatThrownBy(() -> as(COORDINATOR, () -> inbox.complete(gate.id(), "return", "  ", Map.of())))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_STAGE_A_GATE);
    }

    @Test
    void refusesAnOutcomeTheTaskDoesNotOffer() {
        advanceTo(RoadmapStage.C);
        TaskItem work = taskOf(city.chair());
        assertThatThrownBy(() -> as(city.chair(), () -> inbox.complete(work.id(), "approve", "x", Map.of())))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);
    }

    @Test
    void refusesTheChairAtTheCoordinatorsGate() {
        completeWork();
        TaskItem gate = taskOf(COORDINATOR);
        assertThatThrownBy(() -> as(city.chair(), () -> inbox.complete(gate.id(), "approve", null, Map.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);
    }

    @Test
    void refusesJoiningTwiceAndJoiningByAChair() {
        assertThatThrownBy(() -> as(COORDINATOR, () -> roadmap.join(city.id(), LocalDate.of(2024, 4, 1))))
                .isInstanceOf(ConflictException.class);
        TestCity other = fixtures.newCity();
        assertThatThrownBy(() -> as(other.chair(), () -> roadmap.join(other.id(), LocalDate.of(2024, 4, 1))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(directory.get(other.id()).getJoinedOn()).isNull();
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(other.id()))
                        .count())
                .isZero();
    }

    @Test
    void recordsEveryDecisionInTheAuditLog(@Autowired org.resilienceroadmap.shared.audit.AuditLog audit) {
        advanceTo(RoadmapStage.B);
        completeWork();
        decide(COORDINATOR, "return", "Missing the adoption plan");
        assertThat(audit.history(RoadmapService.SUBJECT_TYPE, String.valueOf(city.id())))
                .extracting(r -> r.getActor() + " " + r.getAction() + " " + r.getToState())
                .containsExactly(
                        COORDINATOR + " roadmap:join A",
                        COORDINATOR + " roadmap:Task_StageAGate approve",
                        COORDINATOR + " roadmap:Task_StageBGate return");
    }

    private void advanceTo(RoadmapStage stage) {
        while (directory.get(city.id()).getStage() != stage) {
            completeWork();
            decide(COORDINATOR, "approve", null);
        }
    }

    /** Stage A's work is its assessment, B's its adopted strategy; C's is still the chair's summary. */
    private void completeWork() {
        if (directory.get(city.id()).getStage() == RoadmapStage.A) {
            driver.passAssessment(city.id(), city.chair(), COORDINATOR);
        } else if (directory.get(city.id()).getStage() == RoadmapStage.B) {
            strategies.adopt(city.id(), city.chair(), city.member(), COORDINATOR);
        } else {
            decide(city.chair(), "complete", "Stage work summarised for the coordinator");
        }
    }

    /**
     * An approval of a gate overrides its checklist: these tests follow the routing, and the cities
     * they make have too small a working group and no hazards (GateChecklistTests test the checklist).
     */
    private void decide(String who, String outcome, String comment) {
        TaskItem task = taskOf(who);
        Map<String, Object> fields = "approve".equals(outcome) && task.declares("overrideReason")
                ? Map.of("overrideReason", "Routing test: the checklist has its own tests")
                : Map.of();
        as(who, () -> inbox.complete(task.id(), outcome, comment, fields));
    }

    private TaskItem taskOf(String who) {
        List<TaskItem> tasks = as(who, () -> inbox.openTasks()).stream()
                .filter(t ->
                        city.id().equals(t.jurisdictionId()) && t.processKey().equals(RoadmapProcess.KEY))
                .toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private ProcessInstance process() {
        return instance;
    }
}
