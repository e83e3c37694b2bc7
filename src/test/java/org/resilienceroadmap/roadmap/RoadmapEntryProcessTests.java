package org.resilienceroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.assessment.AssessmentReads;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.directory.StageHistoryEntry;
import org.resilienceroadmap.roadmap.process.RoadmapProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * MCR2030's "enter at any stage" in processes/roadmap.bpmn: joining at B or C, the chair's evidence,
 * the coordinator's validation (accept, or send back to an earlier stage), and the history it leaves.
 */
class RoadmapEntryProcessTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";
    private static final LocalDate JOINED = LocalDate.of(2021, 2, 1);
    private static final byte[] PDF = "%PDF-1.4\nprior scorecard\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RoadmapService roadmap;

    @Autowired
    RoadmapEntries entries;

    @Autowired
    TaskInbox inbox;

    @Autowired
    JurisdictionDirectory directory;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentReads assessments;

    @Autowired
    StrategyService strategies;

    private TestCity city;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
    }

    @Test
    void joiningAtAStartsStageAOnTheJoiningDayWithNoApprover() {
        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, null));
        assertThat(process()).isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
        assertThat(directory.stageHistory(city.id())).singleElement().satisfies(stay -> {
            assertThat(stay.getStage()).isEqualTo(RoadmapStage.A);
            assertThat(stay.getEnteredAt())
                    .isEqualTo(JOINED.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(stay.getApprovedBy()).as("joining is no approval").isNull();
        });
        assertThat(as(COORDINATOR, () -> entries.of(city.id())))
                .as("no entry to validate at A")
                .isEmpty();
    }

    @Test
    void joiningAtBWaitsForTheChairsPriorAssessmentThenTheCoordinatorAcceptsAndStageBBeginsOnJoining() {
        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, RoadmapStage.B));
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_ATTACH_ENTRY_EVIDENCE);
        assertThat(directory.get(city.id()).getStage())
                .as("no stage until the entry is validated")
                .isNull();
        assertThat(directory.get(city.id()).getJoinedOn()).isEqualTo(JOINED);

        TaskItem attach = taskOf(city.chair());
        assertThatThrownBy(() -> as(city.chair(), () -> inbox.complete(attach.id(), "sendEntry", null, Map.of())))
                .as("nothing attached yet")
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("prior assessment");
        assertThatThrownBy(() -> as(city.member(), () -> entries.attach(city.id(), "scorecard.pdf", PDF, null, null)))
                .isInstanceOf(ForbiddenException.class);
        as(city.chair(), () -> entries.attach(city.id(), "scorecard.pdf", PDF, null, null));
        as(city.chair(), () -> inbox.complete(attach.id(), "sendEntry", null, Map.of()));

        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_VALIDATE_ENTRY);
        assertThat(as(city.chair(), () -> inbox.openTasks()))
                .noneMatch(t ->
                        city.id().equals(t.jurisdictionId()) && RoadmapProcess.TASK_VALIDATE_ENTRY.equals(t.taskKey()));
        decide(COORDINATOR, "acceptEntry", "The 2019 scorecard is complete", Map.of());

        assertThat(process()).isWaitingAt(RoadmapProcess.CALL_STAGE_B_STRATEGY);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.B);
        List<StageHistoryEntry> history = directory.stageHistory(city.id());
        assertThat(history).singleElement().satisfies(stay -> {
            assertThat(stay.getStage()).isEqualTo(RoadmapStage.B);
            assertThat(stay.getEnteredAt())
                    .isEqualTo(JOINED.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(stay.getApprovedBy()).isEqualTo(COORDINATOR);
        });
        EntryDetail entry = as(city.member(), () -> entries.of(city.id())).orElseThrow();
        assertThat(entry.decision()).isEqualTo(EntryDecision.ACCEPTED);
        assertThat(entry.decidedStage()).isEqualTo(RoadmapStage.B);
        assertThat(entry.decidedBy()).isEqualTo(COORDINATOR);
        assertThat(entry.document().name()).isEqualTo("scorecard.pdf");
        assertThat(as(city.chair(), () -> strategies.ofJurisdiction(city.id())))
                .singleElement()
                .satisfies(s -> assertThat(s.getCreatedBy())
                        .as("opened by the validating coordinator")
                        .isEqualTo(COORDINATOR));
        assertThatThrownBy(() -> as(city.chair(), () -> entries.attach(city.id(), "later.pdf", PDF, null, null)))
                .as("decided evidence stays as judged")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void joiningAtCNeedsTheAdoptedStrategysDateAndBodyAndRunsTheRoadmapFromImplementBetter() {
        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, RoadmapStage.C));
        assertThatThrownBy(
                        () -> as(city.chair(), () -> entries.attach(city.id(), "strategy.pdf", PDF, null, "Council")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        city.chair(),
                        () -> entries.attach(city.id(), "strategy.pdf", PDF, LocalDate.of(2019, 6, 1), " ")))
                .isInstanceOf(InvalidRequestException.class);
        as(
                city.chair(),
                () -> entries.attach(city.id(), "strategy.pdf", PDF, LocalDate.of(2019, 6, 1), "City assembly"));
        decide(city.chair(), "sendEntry", null, Map.of());
        decide(COORDINATOR, "acceptEntry", null, Map.of());

        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_STAGE_C_WORK);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.C);
        assertThat(directory.stageHistory(city.id()))
                .extracting(StageHistoryEntry::getStage)
                .containsExactly(RoadmapStage.C);
        EntryDetail entry = as(COORDINATOR, () -> entries.of(city.id())).orElseThrow();
        assertThat(entry.strategyAdoptedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
        assertThat(entry.adoptingBody()).isEqualTo("City assembly");
    }

    @Test
    void aCoordinatorSendsAnEntryAtCBackToAnEarlierStageWithAComment() {
        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, RoadmapStage.C));
        as(city.chair(), () -> entries.attach(city.id(), "plan.pdf", PDF, LocalDate.of(2020, 1, 15), "Mayor"));
        decide(city.chair(), "sendEntry", null, Map.of());
        TaskItem validate = taskOf(COORDINATOR);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(), "sendBack", null, Map.of(RoadmapProcess.SEND_BACK_TO, "A"))))
                .as("a send-back says why")
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> as(
                        COORDINATOR,
                        () -> inbox.complete(
                                validate.id(), "sendBack", "Not adopted", Map.of(RoadmapProcess.SEND_BACK_TO, "C"))))
                .as("only an earlier stage")
                .isInstanceOf(InvalidRequestException.class);
        assertThat(process()).isWaitingAt(RoadmapProcess.TASK_VALIDATE_ENTRY);

        as(
                COORDINATOR,
                () -> inbox.complete(
                        validate.id(),
                        "sendBack",
                        "A mayor's plan, not adopted by the assembly; no assessment behind it",
                        Map.of(RoadmapProcess.SEND_BACK_TO, "A")));

        assertThat(process()).isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);
        assertThat(directory.stageHistory(city.id())).singleElement().satisfies(stay -> {
            assertThat(stay.getEnteredAt())
                    .isEqualTo(JOINED.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(stay.getApprovedBy()).isNull();
        });
        assertThat(as(city.chair(), () -> assessments.ofJurisdiction(city.id())))
                .hasSize(1);
        EntryDetail entry = as(city.chair(), () -> entries.of(city.id())).orElseThrow();
        assertThat(entry.decision()).isEqualTo(EntryDecision.SENT_BACK);
        assertThat(entry.decidedStage()).isEqualTo(RoadmapStage.A);
        assertThat(entry.decisionComment()).startsWith("A mayor's plan");
    }

    @Test
    void aCoordinatorSendsAnEntryAtBBackToA() {
        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, RoadmapStage.B));
        as(city.chair(), () -> entries.attach(city.id(), "old.pdf", PDF, null, null));
        decide(city.chair(), "sendEntry", null, Map.of());
        decide(COORDINATOR, "sendBack", "The 2012 assessment is too old", Map.of(RoadmapProcess.SEND_BACK_TO, "A"));
        assertThat(process()).isWaitingAt(RoadmapProcess.CALL_STAGE_A_ASSESSMENT);
        assertThat(directory.get(city.id()).getStage()).isEqualTo(RoadmapStage.A);
    }

    @Test
    void stageTimesCountLocalGovernmentsOnlyAndTakeTheMedianOfStaysThatEnded(@Autowired StageTimes times) {
        assertThat(StageTime.of(List.of(30L, 10L, 20L), 2)).isEqualTo(new StageTime(20.0, 3, 2));
        assertThat(StageTime.of(List.of(10L, 20L, 30L, 41L), 0).medianDays()).isEqualTo(25.0);
        assertThat(StageTime.of(List.of(), 4)).isEqualTo(new StageTime(null, 0, 4));
        assertThat(StageTimes.days(
                        JOINED.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        LocalDate.of(2021, 3, 3).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        LocalDate.of(2030, 1, 1)))
                .isEqualTo(30);

        as(COORDINATOR, () -> roadmap.join(city.id(), JOINED, RoadmapStage.A));
        var perCountry = as(COORDINATOR, () -> times.perCountry());
        assertThat(perCountry).anySatisfy(country -> {
            assertThat(country.country().level()).isEqualTo(org.resilienceroadmap.directory.JurisdictionLevel.COUNTRY);
            assertThat(country.knowBetter().ongoing()).isPositive();
        });
        assertThat(perCountry)
                .allSatisfy(country -> assertThat(country.country().level())
                        .isEqualTo(org.resilienceroadmap.directory.JurisdictionLevel.COUNTRY));
    }

    private void decide(String who, String outcome, String comment, Map<String, Object> fields) {
        TaskItem task = taskOf(who);
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
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(city.id()))
                .processDefinitionKey(RoadmapProcess.KEY)
                .singleResult();
    }
}
