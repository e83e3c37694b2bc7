package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/action.bpmn, driven as people drive it, with the engine clock moved for the timers. */
class ActionProcessTests extends IntegrationTest {

    private static final String COORDINATOR = ActionDriver.COORDINATOR;
    private static final List<Evidence> PHOTO =
            List.of(new Evidence("siren.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ActionService actions;

    @Autowired
    ActionProgress actionProgress;

    @Autowired
    ActionDriver driver;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    private TestCity city;
    private Long strategyId;
    private Long actionId;
    private ProcessInstance instance;

    @BeforeEach
    void proposeAnAction() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
        strategyId = driver.adoptedStrategy(city);
        actionId = driver.propose(
                        city,
                        strategyId,
                        "Sirens in every district",
                        LocalDate.now(Days.ZONE).plusMonths(10))
                .getId();
        instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ActionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult();
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void goesFromApprovalThroughCompletionToVerification() {
        assertThat(instance).isWaitingAt(ActionProcess.TASK_APPROVE);
        assertThat(status()).isEqualTo(ActionStatus.PROPOSED);
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        assertThat(status()).isEqualTo(ActionStatus.APPROVED);
        assertThat(instance).isWaitingAt(ActionProcess.TASK_CARRY_OUT);

        as(
                city.member(),
                () -> actionProgress.reportProgress(actionId, 40, "Twelve of thirty sirens installed", PHOTO));
        assertThat(status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as(city.member(), () -> actionProgress.claimCompletion(actionId, "Done", List.of())))
                .as("a claim needs evidence")
                .isInstanceOf(InvalidRequestException.class);
        as(city.member(), () -> actionProgress.claimCompletion(actionId, "All thirty sirens tested", PHOTO));
        assertThat(status()).isEqualTo(ActionStatus.COMPLETED);
        assertThat(instance).isWaitingAt(ActionProcess.TASK_VERIFY);

        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_VERIFY, "return", "The test log is missing", Map.of());
        assertThat(status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(instance).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
        as(city.member(), () -> actionProgress.claimCompletion(actionId, "Test log attached", PHOTO));
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_VERIFY, "verify", null, Map.of());

        assertThat(status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(instance).isEnded().hasPassed(ActionProcess.END_VERIFIED);
        ActionDetail detail = as(city.member(), () -> actions.detail(actionId));
        assertThat(detail.reports()).extracting(ProgressReport::getPercent).containsExactly(40, 100, 100);
        assertThat(detail.reports())
                .allSatisfy(r -> assertThat(r.getEvidenceIds()).hasSize(1));
        assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(actionId)))
                .extracting(r -> r.getAction())
                .containsSubsequence(
                        "action:propose",
                        "action:approve",
                        "action:progress",
                        "action:claim-completion",
                        "action:completed",
                        "action:return",
                        "action:completed",
                        "action:verify");
    }

    @Test
    void endsARejectedProposalAsCancelled() {
        assertThatThrownBy(
                        () -> driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "reject", " ", Map.of()))
                .as("a rejection needs a comment")
                .isInstanceOf(InvalidRequestException.class);
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "reject", "Not funded this year", Map.of());
        assertThat(status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(instance).isEnded().hasPassed(ActionProcess.END_REJECTED);
        assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(actionId)))
                .as("the decision is recorded once, by the step it ran: from which state to which, and why")
                .filteredOn(r -> r.getActor().equals(COORDINATOR))
                .extracting(r -> r.getFromState() + " " + r.getToState() + " " + r.getComment())
                .containsExactly("PROPOSED CANCELLED Not funded this year");
        assertThat(audit.recentDecisions(java.util.List.of(city.id()), 5))
                .as("and it is among the city's recent decisions a donor's dashboard lists")
                .extracting(r -> r.getActor() + " " + r.getSubjectId() + " " + r.getToState())
                .contains(COORDINATOR + " " + actionId + " CANCELLED");
        assertThatThrownBy(() -> as(city.member(), () -> actionProgress.reportProgress(actionId, 10, "x", List.of())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void opensAProgressReportEveryQuarterUntilItIsReported() {
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        LocalDate start = LocalDate.now(Days.ZONE);
        for (int quarter = 1; quarter <= 3; quarter++) {
            moveClockTo(start.plusMonths(3L * quarter).plusDays(1));
            runDueJobs();
            assertThat(reportTasks()).as("quarter " + quarter).isEqualTo(1);
            int q = quarter;
            as(city.member(), () -> actionProgress.reportProgress(actionId, 20 * q, "Quarter " + q, List.of()));
            assertThat(reportTasks()).as("reported in quarter " + quarter).isZero();
        }
        assertThat(as(city.member(), () -> actions.detail(actionId)).reports())
                .extracting(ProgressReport::getPercent)
                .containsExactly(20, 40, 60);
        assertThat(instance).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
    }

    @Test
    void escalatesAtTheDueDateAndGoesOnWhenTheCoordinatorExtendsIt() {
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        LocalDate due =
                as(city.member(), () -> actions.detail(actionId)).action().getDueDate();
        moveClockTo(due.plusDays(2));
        runDueJobs();

        assertThat(instance).isWaitingAt(ActionProcess.TASK_HANDLE_OVERDUE);
        assertThat(as(city.member(), () -> actions.detail(actionId)).action().isOverdue(due.plusDays(2)))
                .isTrue();
        assertThatThrownBy(() -> as(city.member(), () -> actionProgress.claimCompletion(actionId, "Done", PHOTO)))
                .as("the coordinator decides first")
                .isInstanceOf(ConflictException.class);
        assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(actionId)))
                .anySatisfy(r -> assertThat(r.getAction()).isEqualTo("action:overdue"));
        assertThatThrownBy(() -> driver.decide(
                        COORDINATOR,
                        actionId,
                        ActionProcess.TASK_HANDLE_OVERDUE,
                        "extend",
                        "Contractor late",
                        Map.of(ActionProcess.NEW_DUE_DATE, "not a date")))
                .isInstanceOf(InvalidRequestException.class);

        LocalDate extended = LocalDate.now(Days.ZONE).plusMonths(14);
        driver.decide(
                COORDINATOR,
                actionId,
                ActionProcess.TASK_HANDLE_OVERDUE,
                "extend",
                "Contractor late",
                Map.of(ActionProcess.NEW_DUE_DATE, extended.toString()));

        assertThat(instance).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
        assertThat(as(city.member(), () -> actions.detail(actionId)).action().getDueDate())
                .isEqualTo(extended);
        Job dueTimer = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .activityId("Timer_Overdue")
                .singleResult();
        assertThat(dueTimer.getDuedate().toInstant())
                .isEqualTo(extended.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void cancelsAnOverdueActionWhenTheCoordinatorSaysSo() {
        driver.decide(COORDINATOR, actionId, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        moveClockTo(LocalDate.now(Days.ZONE).plusMonths(11));
        runDueJobs();
        driver.decide(
                COORDINATOR,
                actionId,
                ActionProcess.TASK_HANDLE_OVERDUE,
                "cancel",
                "Superseded by the national plan",
                Map.of());
        assertThat(status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(instance).isEnded().hasPassed(ActionProcess.END_CANCELLED);
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    private ActionStatus status() {
        return as(city.member(), () -> actions.detail(actionId)).action().getStatus();
    }

    private long reportTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(ActionProcess.TASK_REPORT_PROGRESS)
                .count();
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Runs the timers that are due now, as the job executor would; a cycle's next firing is not due yet. */
    private void runDueJobs() {
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }
}
