package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.security.Passwords;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/donor-report.bpmn for a programme covering one fresh city: the report
 * falls due (engine clock moved) or is asked for, a coordinator returns or approves it, the donor
 * queries or acknowledges, the final report ends reporting. Submissions never change afterwards.
 */
class DonorReportProcessTests extends IntegrationTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    ProgrammeBudget budget;

    @Autowired
    DonorReports reports;

    @Autowired
    TaskInbox inbox;

    @Autowired
    NotificationInbox notifications;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Passwords passwords;

    @Autowired
    Fixtures fixtures;

    private TestCity city;
    private Long programme;
    private String donor;
    private ProcessInstance instance;

    @BeforeEach
    void openAProgrammeWithReporting() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity("TJ");
        LocalDate today = LocalDate.now(Days.ZONE);
        programme = as(
                        "admin",
                        () -> programmes.create(new NewProgramme(
                                "T-" + city.code(),
                                "Test programme " + city.code(),
                                "Test donor",
                                new BigDecimal("100000"),
                                "EUR",
                                today.minusMonths(2),
                                today.plusMonths(9),
                                Set.of(city.id()),
                                null,
                                null,
                                null,
                                null,
                                List.of())))
                .getId();
        donor = "donor." + city.code().toLowerCase();
        var person = people.create(
                new NewPerson(donor, "Donor of " + city.code(), null, "Test donor", "en"),
                passwords.hash("demo"),
                false);
        people.addMembership(person.getId(), Role.DONOR, null, programme);
        as("admin", () -> reports.openReporting(programme));
        instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DonorReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(programme))
                .singleResult();
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void aReportFallsDueIsSignedOffSubmittedAndAcknowledged() {
        assertThat(instance).isWaitingAt(DonorReportProcess.GATEWAY_WAIT);
        Job due = timer();
        assertThat(due.getDuedate()).isEqualTo(day(LocalDate.now(Days.ZONE).plusMonths(6)));
        fireAfter(due);
        assertThat(instance).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        Long report = reportInHand();
        assertThat(as(
                        city.coordinator(),
                        () -> notifications
                                .mine(false, org.springframework.data.domain.PageRequest.of(0, 20))
                                .getContent()))
                .extracting(n -> n.notice().messageKey())
                .contains("funding.notice.signOff");

        ReportView draft = as(city.coordinator(), () -> reports.view(report));
        assertThat(draft.state()).isEqualTo(ReportState.AWAITING_SIGN_OFF);
        assertThat(draft.mayEditNarrative()).isTrue();
        as(city.coordinator(), () -> reports.editNarrative(report, "Half a year of work.", draft.version()));
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);

        assertThat(instance).isWaitingAt(DonorReportProcess.TASK_DONOR_RESPONSE);
        ReportView sent = as(donor, () -> reports.view(report));
        assertThat(sent.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(sent.narrative()).isEqualTo("Half a year of work.");
        assertThat(sent.submissions()).hasSize(1);
        assertThat(as(
                        donor,
                        () -> notifications
                                .mine(false, org.springframework.data.domain.PageRequest.of(0, 20))
                                .getContent()))
                .extracting(n -> n.notice().messageKey())
                .contains("funding.notice.submitted");
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> reports.editNarrative(
                                report,
                                "changed later",
                                as(city.coordinator(), () -> reports.view(report))
                                        .version())))
                .isInstanceOf(ConflictException.class);

        complete(donor, DonorReportProcess.TASK_DONOR_RESPONSE, "acknowledge", null);
        assertThat(as(donor, () -> reports.view(report)).state()).isEqualTo(ReportState.ACKNOWLEDGED);
        assertThat(instance).isWaitingAt(DonorReportProcess.GATEWAY_WAIT);
        assertThat(timer().getDuedate()).isAfter(due.getDuedate());
    }

    @Test
    void aQueryGoesBackToTheCoordinatorWhoseAnswerIsASecondSubmission() {
        reportAskedForNow();
        Long report = reportInHand();
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);
        String firstNarrative = as(donor, () -> reports.view(report)).narrative();
        assertThatThrownBy(() -> complete(donor, DonorReportProcess.TASK_DONOR_RESPONSE, "query", null))
                .hasMessageContaining("comment");
        complete(donor, DonorReportProcess.TASK_DONOR_RESPONSE, "query", "Why is nothing counted yet?");

        assertThat(instance).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        assertThat(as(city.coordinator(), () -> reports.view(report)).state()).isEqualTo(ReportState.QUERIED);
        assertThat(as(
                        city.coordinator(),
                        () -> notifications
                                .mine(false, org.springframework.data.domain.PageRequest.of(0, 20))
                                .getContent()))
                .extracting(n -> n.notice().messageKey())
                .contains("funding.notice.queried");
        long version = as(city.coordinator(), () -> reports.view(report)).version();
        as(
                city.coordinator(),
                () -> reports.editNarrative(report, "The city starts its assessment next month.", version));
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);

        ReportView answered = as(donor, () -> reports.view(report));
        assertThat(answered.submissions())
                .extracting(ReportView.SubmissionLine::revision)
                .containsExactly(2, 1);
        assertThat(answered.narrative()).isEqualTo("The city starts its assessment next month.");
        var first =
                as(donor, () -> reports.submission(answered.submissions().get(1).id()));
        assertThat(first.narrative()).isEqualTo(firstNarrative);
    }

    @Test
    void aReturnCompilesTheFiguresAgainAndKeepsTheNarrative() {
        reportAskedForNow();
        Long report = reportInHand();
        long version = as(city.coordinator(), () -> reports.view(report)).version();
        as(city.coordinator(), () -> reports.editNarrative(report, "Kept across the return.", version));
        as(
                "admin",
                () -> budget.recordDisbursement(
                        programme, LocalDate.now(Days.ZONE), new BigDecimal("25000"), "EUR", "First payment"));
        assertThat(as(city.coordinator(), () -> reports.view(report))
                        .content()
                        .spending()
                        .disbursed())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "return", null))
                .hasMessageContaining("comment");
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "return", "Include this month's payment.");

        assertThat(instance).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
        ReportView again = as(city.coordinator(), () -> reports.view(report));
        assertThat(again.content().spending().disbursed()).isEqualByComparingTo("25000");
        assertThat(again.narrative()).isEqualTo("Kept across the return.");
        assertThat(again.submissions()).isEmpty();
        assertThatThrownBy(() -> as(donor, () -> reports.view(report))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSubmittedReportKeepsItsFiguresWhateverHappensLater() {
        reportAskedForNow();
        Long report = reportInHand();
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);
        as(
                "admin",
                () -> budget.recordDisbursement(
                        programme, LocalDate.now(Days.ZONE), new BigDecimal("40000"), "EUR", null));
        ReportView sent = as(donor, () -> reports.view(report));
        assertThat(sent.content().spending().disbursed()).isEqualByComparingTo("0");
        assertThat(as(donor, () -> reports.live(programme)).spending().disbursed())
                .isEqualByComparingTo("40000");
    }

    @Test
    void theReportReachingTheProgrammesEndIsTheFinalOne() {
        reportAskedForNow();
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);
        complete(donor, DonorReportProcess.TASK_DONOR_RESPONSE, "acknowledge", null);
        Job next = timer();
        assertThat(next.getDuedate()).isEqualTo(day(LocalDate.now(Days.ZONE).plusMonths(6)));
        ClockUtil.setCurrentTime(day(LocalDate.now(Days.ZONE).plusMonths(10)));
        management.executeJob(next.getId());
        Long last = reportInHand();
        assertThat(as(city.coordinator(), () -> reports.view(last)).periodEnd())
                .isEqualTo(LocalDate.now(Days.ZONE).plusMonths(9));
        complete(city.coordinator(), DonorReportProcess.TASK_SIGN_OFF, "approve", null);
        complete(donor, DonorReportProcess.TASK_DONOR_RESPONSE, "acknowledge", null);
        assertThat(instance).isEnded().hasPassed(DonorReportProcess.END_FINAL);
        assertThat(as(donor, () -> reports.ofProgramme(programme)))
                .extracting(DonorReport::getNumber)
                .containsExactly(2, 1);
    }

    @Test
    void onlyTheProgrammesCoordinatorsAskForReportsAndSignThemOff() {
        assertThatThrownBy(() -> as(donor, () -> reports.requestNow(programme))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("coordinator.serbia", () -> reports.requestNow(programme)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("admin", () -> reports.openReporting(programme)))
                .isInstanceOf(ConflictException.class);
        reportAskedForNow();
        assertThatThrownBy(() -> as(city.coordinator(), () -> reports.requestNow(programme)))
                .isInstanceOf(ConflictException.class);
        assertThat(as(donor, inbox::openTasks)).noneMatch(t -> t.processKey().equals(DonorReportProcess.KEY));
        assertThat(as(city.member(), inbox::openTasks))
                .noneMatch(t -> t.processKey().equals(DonorReportProcess.KEY));
        assertThat(as("coordinator.tajikistan", inbox::openTasks))
                .anyMatch(t -> t.taskKey().equals(DonorReportProcess.TASK_SIGN_OFF)
                        && t.subjectId().equals(String.valueOf(reportInHand())));
    }

    private void reportAskedForNow() {
        as(city.coordinator(), () -> reports.requestNow(programme));
        assertThat(instance).isWaitingAt(DonorReportProcess.TASK_SIGN_OFF);
    }

    private Long reportInHand() {
        return Long.valueOf((String) runtime.getVariable(instance.getId(), "subjectId"));
    }

    private void complete(String who, String taskKey, String outcome, String comment) {
        TaskItem task = as(who, inbox::openTasks).stream()
                .filter(t -> t.processInstanceId().equals(instance.getId())
                        && t.taskKey().equals(taskKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(who + " has no " + taskKey));
        as(who, () -> inbox.complete(task.id(), outcome, comment, Map.of()));
    }

    private Job timer() {
        return management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
    }

    private void fireAfter(Job job) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
        management.executeJob(job.getId());
    }

    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
