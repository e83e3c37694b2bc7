package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.funding.process.DonorReportProcess;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.Pin;
import org.resilienceroadmap.workflow.PinnedComments;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The programme report's refused sign-off pins comments to its sections; it is signed off (and goes
 * to the donor) only when the programme's coordinators answered each.
 */
class DonorReportPinsTests extends IntegrationTest {

    @Autowired
    ProgrammeService programmes;

    @Autowired
    DonorReports reports;

    @Autowired
    TaskInbox inbox;

    @Autowired
    RuntimeService runtime;

    @Autowired
    PinnedComments pins;

    @Autowired
    Fixtures fixtures;

    @Autowired
    org.resilienceroadmap.directory.PeopleDirectory people;

    @Autowired
    org.resilienceroadmap.security.Passwords passwords;

    private String donor;

    private TestCity city;
    private String instanceId;

    @BeforeEach
    void aReportAwaitingSignOff() {
        city = fixtures.newCity("TJ");
        LocalDate today = LocalDate.now(Days.ZONE);
        Long programme = as(
                        "admin",
                        () -> programmes.create(new NewProgramme(
                                "P-" + city.code(),
                                "Pinned programme " + city.code(),
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
        donor = "donor.pin." + city.code().toLowerCase();
        var person = people.create(
                new org.resilienceroadmap.directory.NewPerson(donor, "Donor " + city.code(), null, "Donor", "en"),
                passwords.hash("demo"),
                false);
        people.addMembership(person.getId(), org.resilienceroadmap.directory.Role.DONOR, null, programme);
        as("admin", () -> reports.openReporting(programme));
        as(city.coordinator(), () -> reports.requestNow(programme));
        instanceId = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DonorReportProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(programme))
                .singleResult()
                .getId();
    }

    @Test
    void aRefusedSignOffPinsToSectionsAndTheNextSignOffWaitsForTheAnswers() {
        String report = (String) runtime.getVariable(instanceId, "subjectId");
        complete(
                "return",
                "Compile it again",
                Map.of(
                        "pins",
                        List.of(
                                Map.of("item", "section:narrative", "text", "Say why nothing is counted yet"),
                                Map.of("item", "section:indicators", "text", "Check the baseline year"))));
        List<Pin> pinned = as(city.coordinator(), () -> pins.of(DonorReportSteps.SUBJECT_TYPE, report, Locale.ENGLISH));
        assertThat(pinned).extracting(Pin::item).containsExactly("Narrative", "Indicators against targets");

        assertThatThrownBy(() -> complete("approve", null, Map.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2 pinned comments are still unanswered");
        assertThat(as(city.coordinator(), () -> reports.view(Long.valueOf(report)))
                        .state())
                .isEqualTo(ReportState.AWAITING_SIGN_OFF);
        assertThat(as(donor, () -> pins.of(DonorReportSteps.SUBJECT_TYPE, report, Locale.ENGLISH)))
                .hasSize(2);
        assertThatThrownBy(() -> as(
                        donor,
                        () -> pins.answer(
                                DonorReportSteps.SUBJECT_TYPE,
                                report,
                                pinned.get(0).id(),
                                "x",
                                null,
                                null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as(
                        "donor.eu",
                        () -> pins.answer(
                                DonorReportSteps.SUBJECT_TYPE,
                                report,
                                pinned.get(0).id(),
                                "x",
                                null,
                                null)))
                .isInstanceOf(org.resilienceroadmap.shared.error.NotFoundException.class);
        for (Pin p : pinned) {
            as(
                    city.coordinator(),
                    () -> pins.answer(DonorReportSteps.SUBJECT_TYPE, report, p.id(), "Explained", null, null));
        }

        complete("approve", null, Map.of());
        assertThat(as(city.coordinator(), () -> reports.view(Long.valueOf(report)))
                        .state())
                .isEqualTo(ReportState.SUBMITTED);
    }

    private void complete(String outcome, String comment, Map<String, Object> fields) {
        TaskItem task = as(city.coordinator(), inbox::openTasks).stream()
                .filter(t -> t.processInstanceId().equals(instanceId)
                        && t.taskKey().equals(DonorReportProcess.TASK_SIGN_OFF))
                .findFirst()
                .orElseThrow();
        as(city.coordinator(), () -> inbox.complete(task.id(), outcome, comment, fields));
    }
}
