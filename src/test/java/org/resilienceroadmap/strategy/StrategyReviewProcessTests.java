package org.resilienceroadmap.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.StrategyDriver;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of processes/strategy-review.bpmn, driven through the services and the task inbox as people drive it. */
class StrategyReviewProcessTests extends IntegrationTest {

    private static final String COORDINATOR = "coordinator.tajikistan";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    StrategyService strategies;

    @Autowired
    StrategyVersions strategyVersions;

    @Autowired
    TaskInbox inbox;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StrategyDriver driver;

    @Autowired
    PeopleDirectory people;

    @Autowired
    org.resilienceroadmap.notification.NotificationInbox notifications;

    private TestCity city;
    private Long strategyId;
    private ProcessInstance instance;

    @BeforeEach
    void draftAStrategy() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
        strategyId = driver.current(city.id(), city.chair()).getId();
        driver.draft(strategyId, city.chair(), "# Strategy\n\n## Early warning\n\nSirens in every mahalla.");
    }

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void goesFromSubmissionToAdoptionWhenEveryoneApproves() {
        driver.submit(strategyId, city.chair(), List.of(city.member(), city.chair()));
        assertThat(state()).isEqualTo(StrategyState.IN_REVIEW);
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", "Clear and complete");
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        assertThat(state()).isEqualTo(StrategyState.AWAITING_APPROVAL);
        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "approve", "Approved for council");
        assertThat(state()).isEqualTo(StrategyState.APPROVED);
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_RECORD_ADOPTION);

        driver.recordAdoption(strategyId, city.chair());

        assertThat(state()).isEqualTo(StrategyState.ADOPTED);
        assertThat(process()).isEnded().hasPassed(StrategyReviewProcess.END_ADOPTED);
        assertThat(notices(city.member()))
                .containsSubsequence(
                        "strategy.notice.reviewAssigned", "strategy.notice.approved", "strategy.notice.adopted");
        assertThat(notices(COORDINATOR)).contains("strategy.notice.sentForApproval", "strategy.notice.adopted");
        StrategyDetail detail = as(city.chair(), () -> strategies.detail(strategyId));
        assertThat(detail.versions()).singleElement().satisfies(v -> {
            assertThat(v.getDecision()).isEqualTo("approved");
            assertThat(v.getDecidedBy()).isEqualTo(COORDINATOR);
        });
        assertThat(detail.reviews())
                .extracting(r -> r.getReviewer() + " " + r.getOutcome())
                .containsExactlyInAnyOrder(city.member() + " approve", city.chair() + " approve");
        assertThat(detail.adoption())
                .hasValueSatisfying(a -> assertThat(a.getDecisionReference()).isEqualTo("No. 42"));
        assertThat(as(city.chair(), () -> strategies.timeline(strategyId)))
                .extracting(r -> r.getAction() + " " + r.getReference())
                .containsSubsequence(
                        "strategy:submit v1",
                        "strategy:review v1",
                        "strategy:review v1",
                        "strategy:send-for-approval v1",
                        "strategy:approved v1",
                        "strategy:adoption v1",
                        "strategy:adopted v1");
    }

    @Test
    void returnsToDraftWhenAReviewerRequestsChangesAndReviewsTheNextVersion() {
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        driver.decide(
                city.member(),
                city.id(),
                StrategyReviewProcess.TASK_REVIEW,
                "request-changes",
                "Add the mudflow hazard");
        driver.decide(
                city.chair(),
                city.id(),
                StrategyReviewProcess.TASK_CONSOLIDATE,
                "request-changes",
                "Mudflows first, please");
        assertThat(state()).isEqualTo(StrategyState.CHANGES_REQUESTED);
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_DRAFT);

        driver.draft(strategyId, city.member(), "# Strategy\n\n## Early warning\n\nSirens and mudflow gauges.");
        StrategyVersion second = driver.submit(strategyId, city.chair(), List.of(city.member()));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getAuthors()).containsExactly(city.member());
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "approve", null);

        assertThat(state()).isEqualTo(StrategyState.APPROVED);
        StrategyDetail detail = as(city.chair(), () -> strategies.detail(strategyId));
        assertThat(detail.versions())
                .extracting(StrategyVersion::getDecision)
                .containsExactly("changes-requested", "approved");
        assertThat(detail.versions().get(0).getContent()).contains("Sirens in every mahalla.");
        var diff = as(city.chair(), () -> strategyVersions.compare(strategyId, 1, 2));
        assertThat(diff)
                .filteredOn(line -> line.kind() != org.resilienceroadmap.shared.text.SideBySideDiff.Kind.SAME)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.left())
                            .anySatisfy(s -> assertThat(s.changed()).isTrue());
                    assertThat(line.right()).anySatisfy(s -> {
                        assertThat(s.changed()).isTrue();
                        assertThat(s.text()).contains("mudflow");
                    });
                });
    }

    @Test
    void returnsToDraftWhenTheCoordinatorReturnsIt() {
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        TaskItem approval = driver.task(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE);
        assertThatThrownBy(() -> as(COORDINATOR, () -> inbox.complete(approval.id(), "return", " ", Map.of())))
                .hasMessageContaining("comment");

        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "return", "Budget is missing");

        assertThat(state()).isEqualTo(StrategyState.CHANGES_REQUESTED);
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_DRAFT);
        assertThat(as(city.chair(), () -> strategies.detail(strategyId)).versions())
                .singleElement()
                .satisfies(v -> assertThat(v.getDecision()).isEqualTo("returned"));
        assertThat(as(city.chair(), () -> strategies.timeline(strategyId)))
                .last()
                .satisfies(r -> {
                    assertThat(r.getAction()).isEqualTo("strategy:returned");
                    assertThat(r.getActor()).isEqualTo(COORDINATOR);
                    assertThat(r.getComment()).isEqualTo("Budget is missing");
                });
    }

    @Test
    void remindsBeforeTheDueDateAndEscalatesToTheChairAfterIt() {
        Instant due = Instant.now().plus(Duration.ofDays(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        as(
                city.chair(),
                () -> strategies.submit(
                        strategyId,
                        new Submission(
                                List.of(city.member(), city.chair()),
                                due,
                                strategies.detail(strategyId).strategy().getVersion())));
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        assertThat(dueTimers()).isEmpty();

        ClockUtil.setCurrentTime(Date.from(due.minus(Duration.ofDays(2)).plus(Duration.ofMinutes(1))));
        List<Job> reminders = dueTimers();
        assertThat(reminders).hasSize(1);
        management.executeJob(reminders.get(0).getId());
        assertThat(overdueRecords()).isEmpty();
        assertThat(notices(city.member())).contains("strategy.notice.reviewDueSoon");
        assertThat(notices(city.chair())).as("the chair has answered").doesNotContain("strategy.notice.reviewDueSoon");
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);

        ClockUtil.setCurrentTime(Date.from(due.plus(Duration.ofMinutes(1))));
        List<Job> overdue = dueTimers();
        assertThat(overdue).hasSize(1);
        management.executeJob(overdue.get(0).getId());

        assertThat(overdueRecords())
                .singleElement()
                .satisfies(r -> assertThat(r.getComment()).isEqualTo(city.member()));
        assertThat(notices(city.chair())).contains("strategy.notice.reviewOverdue");
        assertThat(process()).isWaitingAt(StrategyReviewProcess.TASK_REVIEW);
        TaskItem review = driver.task(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW);
        assertThat(review.due()).isEqualTo(due);
    }

    @Test
    void refusesApprovalByAnAuthorOfTheVersionInTheEngineAndTheService() {
        people.addMembership(
                people.findByUsername(city.coordinator()).orElseThrow().getId(), Role.MEMBER, city.id(), null);
        driver.draft(strategyId, city.coordinator(), "# Strategy\n\nEdited by the city's focal point.");
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        TaskItem approval = driver.task(city.coordinator(), city.id(), StrategyReviewProcess.TASK_APPROVE);

        assertThatThrownBy(() -> as(city.coordinator(), () -> inbox.claim(approval.id())))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Four-eyes");
        assertThatThrownBy(() -> as(city.coordinator(), () -> inbox.complete(approval.id(), "approve", null, Map.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(approval.id(), Map.of("outcome", "approve", "decidedBy", city.coordinator())))
                .hasRootCauseInstanceOf(ForbiddenException.class);
        assertThat(state()).isEqualTo(StrategyState.AWAITING_APPROVAL);
        assertThat(driver.task(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE)
                        .assignee())
                .isNull();

        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "approve", null);
        assertThat(state()).isEqualTo(StrategyState.APPROVED);
    }

    @Test
    void refusesASecondSubmitADoubleApprovalAndAStaleEditChangingNothing() {
        long seen =
                as(city.member(), () -> strategies.detail(strategyId).strategy().getVersion());
        driver.draft(strategyId, city.chair(), "# Strategy\n\nThe chair's newer text.");
        assertThatThrownBy(() -> as(
                        city.member(),
                        () -> strategies.saveDraft(
                                strategyId,
                                new DraftEdit(
                                        "Test strategy",
                                        java.time.LocalDate.of(2025, 1, 1),
                                        java.time.LocalDate.of(2030, 12, 31),
                                        "Stale text",
                                        List.of(),
                                        seen))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining(city.chair());
        assertThat(as(
                        city.member(),
                        () -> strategies.detail(strategyId).strategy().getContent()))
                .isEqualTo("# Strategy\n\nThe chair's newer text.");

        long current =
                as(city.chair(), () -> strategies.detail(strategyId).strategy().getVersion());
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        assertThatThrownBy(() -> as(
                        city.chair(),
                        () -> strategies.submit(strategyId, new Submission(List.of(city.member()), null, current))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("submitted already");
        assertThat(as(city.chair(), () -> strategies.detail(strategyId).versions()))
                .hasSize(1);

        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        TaskItem approval = driver.task(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE);
        as(COORDINATOR, () -> inbox.complete(approval.id(), "approve", null, Map.of()));
        assertThatThrownBy(() -> as(COORDINATOR, () -> inbox.complete(approval.id(), "approve", null, Map.of())))
                .isInstanceOf(ConflictException.class);
        assertThat(as(city.chair(), () -> strategies.timeline(strategyId)))
                .filteredOn(r -> r.getAction().equals("strategy:approved"))
                .hasSize(1);
    }

    @Test
    void theRoadmapsStageBWaitsForAStrategyAlreadyUnderReviewAndEndsWithItsAdoption(
            @Autowired org.resilienceroadmap.roadmap.RoadmapService roadmap,
            @Autowired org.resilienceroadmap.support.AssessmentDriver assessments) {
        driver.submit(strategyId, city.chair(), List.of(city.member()));
        as(COORDINATOR, () -> roadmap.join(city.id(), java.time.LocalDate.of(2024, 3, 1)));
        assessments.passAssessment(city.id(), city.chair(), COORDINATOR);
        TaskItem gateA = as(COORDINATOR, () -> inbox.openTasks()).stream()
                .filter(t -> city.id().equals(t.jurisdictionId()) && t.taskKey().equals("Task_StageAGate"))
                .findFirst()
                .orElseThrow();
        as(
                COORDINATOR,
                () -> inbox.complete(gateA.id(), "approve", null, Map.of("overrideReason", "Not this test's subject")));

        ProcessInstance roadmapInstance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("roadmap")
                .processInstanceBusinessKey(String.valueOf(city.id()))
                .singleResult();
        ProcessInstance stageB = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(roadmapInstance.getId())
                .singleResult();
        assertThat(stageB).isWaitingAt("Event_StrategyAdopted");
        assertThat(as(city.chair(), () -> strategies.ofJurisdiction(city.id()))).hasSize(1);

        driver.decide(city.member(), city.id(), StrategyReviewProcess.TASK_REVIEW, "approve", null);
        driver.decide(city.chair(), city.id(), StrategyReviewProcess.TASK_CONSOLIDATE, "send-for-approval", null);
        driver.decide(COORDINATOR, city.id(), StrategyReviewProcess.TASK_APPROVE, "approve", null);
        driver.recordAdoption(strategyId, city.chair());

        assertThat(stageB).isEnded();
        assertThat(roadmapInstance).isWaitingAt("Task_StageBGate");
    }

    private StrategyState state() {
        return as(city.chair(), () -> strategies.detail(strategyId).strategy().getState());
    }

    /** Kept once found: the assertions follow it by id, also after it has ended. */
    private ProcessInstance process() {
        if (instance == null) {
            instance = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(StrategyReviewProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(strategyId))
                    .singleResult();
        }
        return instance;
    }

    /** The message keys of someone's notifications about this strategy, oldest first. */
    private List<String> notices(String username) {
        List<String> newestFirst = as(
                        username,
                        () -> notifications.mine(false, org.springframework.data.domain.PageRequest.of(0, 500)))
                .getContent()
                .stream()
                .filter(n -> n.notice().route().equals("strategies/" + strategyId))
                .map(n -> n.notice().messageKey())
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private List<Job> dueTimers() {
        String instance = process().getId();
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .executable()
                .list();
    }

    private List<AuditRecord> overdueRecords() {
        return as(city.chair(), () -> strategies.timeline(strategyId)).stream()
                .filter(r -> r.getAction().equals("strategy:review-overdue"))
                .toList();
    }
}
