package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.resilienceroadmap.support.SignedIn;
import org.resilienceroadmap.workflow.TaskInbox;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front of processes/action.bpmn and processes/action-plan-review.bpmn: the working group's review
 * (accept, changes asked, declined), the approval table's routes (the chair's acceptance alone, one
 * coordinator, two levels), four-eyes across the levels, a new table version leaving routed actions
 * as they were, and an imported plan reviewed as one.
 */
class ActionReviewProcessTests extends IntegrationTest {

    private static final String NATIONAL = ActionDriver.COORDINATOR;
    private static final String REGIONAL = "coordinator.centralasia";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ActionService actions;

    @Autowired
    ActionPlanReviews reviews;

    @Autowired
    ActionSteps steps;

    @Autowired
    ActionDriver driver;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TaskInbox inbox;

    @Autowired
    AuditLog audit;

    @Autowired
    org.resilienceroadmap.directory.JurisdictionDirectory jurisdictions;

    @Autowired
    org.resilienceroadmap.security.CandidateGroups groups;

    private TestCity city;
    private Long strategyId;
    private Long objectiveId;
    private boolean tableChanged;

    @BeforeEach
    void adoptAStrategy() {
        BpmnAwareTests.init(engine);
        city = fixtures.newCity();
        strategyId = driver.adoptedStrategy(city);
        objectiveId = driver.objectiveOf(strategyId, city.member());
    }

    /** The shipped table is the latest again for the tests that follow: the test's version goes. */
    @AfterEach
    void putTheShippedTableBack() {
        if (tableChanged) {
            repository
                    .createDeploymentQuery()
                    .deploymentName("approval-table-test")
                    .list()
                    .forEach(d -> repository.deleteDeployment(d.getId(), true));
        }
    }

    @Test
    void aSmallLocalActionIsApprovedByTheChairsAcceptanceAlone() {
        Long id = propose("Clear the drains of Rudnička street", "12000", "EUR", null);
        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_REVIEW);
        assertThat(candidates(city.coordinator(), id))
                .as("nobody approves before the working group")
                .isEmpty();

        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "accept", null, Map.of());

        Action a = action(id);
        assertThat(a.getStatus()).isEqualTo(ActionStatus.APPROVED);
        assertThat(a.getAcceptedBy()).isEqualTo(city.chair());
        assertThat(a.getRoute().levelList()).isEmpty();
        assertThat(a.getRoute().rule()).isEqualTo(6);
        assertThat(a.getRoute().ruleText()).startsWith("Local money under 50,000 EUR");
        assertThat(a.getRoute().tableVersion()).isPositive();
        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
        assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(id)))
                .extracting(r -> r.getAction())
                .containsSubsequence("action:propose", "action:accept", "action:route", "action:approve");
    }

    @Test
    void aMediumActionWaitsForTheNationalCoordinatorAndFourEyesHolds() {
        Long id = propose("Sirens in every district", "60000", "EUR", null);
        assertThatThrownBy(() -> driver.decide(city.member(), id, ActionProcess.TASK_REVIEW, "accept", null, Map.of()))
                .as("a member the chair has not named does not review")
                .isInstanceOf(AssertionError.class);
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "accept", null, Map.of());

        assertThat(action(id).getRoute().levelList()).containsExactly("national");
        assertThat(action(id).getRoute().rule()).isEqualTo(4);
        assertThat(action(id).getStatus()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(candidates(REGIONAL, id)).as("the region is not asked").isEmpty();
        assertThatThrownBy(() -> steps.checkMayApprove(id, city.chair()))
                .as("who accepted it does not approve it")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> steps.checkMayApprove(id, city.member()))
                .as("who proposed it does not approve it")
                .isInstanceOf(ForbiddenException.class);

        driver.decide(NATIONAL, id, ActionProcess.TASK_APPROVE, "approve", null, Map.of());

        assertThat(action(id).getStatus()).isEqualTo(ActionStatus.APPROVED);
        assertThat(action(id).getApprovedBy()).containsExactly(NATIONAL);
        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_CARRY_OUT);
    }

    @Test
    void aLargeActionIsApprovedNationallyThenRegionallyAndARejectionEndsIt() {
        Long id = propose("Retention basin on the Varzob", "600000", "EUR", null);
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        assertThat(action(id).getRoute().levelList()).containsExactly("national", "regional");
        assertThat(candidates(REGIONAL, id))
                .as("the region waits for the nation")
                .isEmpty();

        driver.decide(NATIONAL, id, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        assertThat(action(id).getStatus()).as("one level is not enough").isEqualTo(ActionStatus.PROPOSED);
        assertThat(candidates(NATIONAL, id)).as("the nation has done its part").isEmpty();
        assertThatThrownBy(() -> steps.checkMayApprove(id, NATIONAL))
                .as("nobody approves at two levels")
                .isInstanceOf(ForbiddenException.class);
        driver.decide(REGIONAL, id, ActionProcess.TASK_APPROVE, "approve", null, Map.of());
        assertThat(action(id).getStatus()).isEqualTo(ActionStatus.APPROVED);
        assertThat(action(id).getApprovedBy()).containsExactly(NATIONAL, REGIONAL);

        Long other = propose("Second retention basin", "700000", "EUR", null);
        driver.decide(city.chair(), other, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        ProcessInstance rejected = process(other);
        driver.decide(NATIONAL, other, ActionProcess.TASK_APPROVE, "reject", "Not this year", Map.of());
        assertThat(action(other).getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(rejected).isEnded().hasPassed(ActionProcess.END_REJECTED);
        assertThat(candidates(REGIONAL, other))
                .as("a rejection ends the approval")
                .isEmpty();
    }

    @Test
    void changesAskedGoBackToTheProposerAndThenToTheReviewAgain() {
        Long id = propose("Flood maps", "60000", "EUR", null);
        assertThatThrownBy(() -> driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "change", " ", Map.of()))
                .as("asking for changes needs the comment")
                .isInstanceOf(InvalidRequestException.class);
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "change", "Name the lead agency", Map.of());

        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_REVISE);
        TaskItem revise = driver.task(city.member(), id, ActionProcess.TASK_REVISE);
        assertThat(revise.assignee()).isEqualTo(city.member());
        driver.decide(city.member(), id, ActionProcess.TASK_REVISE, "resubmit", null, Map.of());
        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_REVIEW);
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        assertThat(process(id)).isWaitingAt(ActionProcess.TASK_APPROVE);
        assertThat(audit.history(ActionService.SUBJECT_TYPE, String.valueOf(id)))
                .extracting(r -> r.getAction())
                .containsSubsequence("action:changes-asked", "action:accept", "action:route");
    }

    @Test
    void aDeclinedProposalLeavesThePlan() {
        Long id = propose("Statue of the river god", "5000", "EUR", null);
        ProcessInstance declined = process(id);
        driver.decide(city.chair(), id, ActionProcess.TASK_REVIEW, "decline", "Not a risk-reduction measure", Map.of());
        assertThat(action(id).getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(action(id).getRoute()).as("never routed").isNull();
        assertThat(declined).isEnded().hasPassed(ActionProcess.END_DECLINED);
    }

    @Test
    void aMemberTheChairNamesReviewsToo() {
        assertThatThrownBy(() ->
                        SignedIn.as(city.member(), () -> reviews.nameReviewers(strategyId, List.of(city.member()))))
                .as("only the chair names")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> SignedIn.as(city.chair(), () -> reviews.nameReviewers(strategyId, List.of(NATIONAL))))
                .as("only the working group can be named")
                .isInstanceOf(InvalidRequestException.class);
        String second = fixtures.anotherAccount(city, Role.MEMBER);
        SignedIn.as(city.chair(), () -> reviews.nameReviewers(strategyId, List.of(second)));

        Long id = propose("Shelter signs", "3000", "EUR", null);
        driver.decide(second, id, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        assertThat(action(id).getAcceptedBy()).isEqualTo(second);
        assertThat(action(id).getStatus()).isEqualTo(ActionStatus.APPROVED);
    }

    @Test
    void aNewTableVersionRoutesNewActionsAndLeavesRoutedOnesAsTheyWere() throws IOException {
        Long routed = propose("Sirens in every district", "60000", "EUR", null);
        driver.decide(city.chair(), routed, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        int before = action(routed).getRoute().tableVersion();
        Long waiting = propose("School drills", "60000", "EUR", null);

        String everythingLocal = Files.readString(Path.of("processes/action-approval.dmn"))
                .replace("<text>\"national,regional\"</text>", "<text>\"none\"</text>")
                .replace("<text>\"national\"</text>", "<text>\"none\"</text>");
        deployTable(everythingLocal);

        driver.decide(city.chair(), waiting, ActionProcess.TASK_REVIEW, "accept", null, Map.of());
        assertThat(action(waiting).getRoute().tableVersion()).isEqualTo(before + 1);
        assertThat(action(waiting).getStatus()).isEqualTo(ActionStatus.APPROVED);
        assertThat(action(routed).getRoute().tableVersion()).isEqualTo(before);
        assertThat(action(routed).getRoute().levelList()).containsExactly("national");
        assertThat(process(routed))
                .as("the routed action still waits for its coordinator")
                .isWaitingAt(ActionProcess.TASK_APPROVE);
    }

    @Test
    void anImportedPlanIsReviewedAsOneWithADecisionPerRow() {
        List<NewAction> rows = List.of(
                spec("Row one: sirens", "60000"),
                spec("Row two: flood maps", "8000"),
                spec("Row three: a monument", "4000"),
                spec("Row four: drains", "9000"));
        PlanReview review =
                SignedIn.as(city.member(), () -> actions.proposePlan(strategyId, "kraljevo-plan.xlsx", rows));
        PlanReviewDetail detail = SignedIn.as(city.chair(), () -> reviews.detail(review.getId()));
        List<Long> ids = detail.rows().stream().map(Action::getId).toList();
        assertThat(ids).hasSize(4);
        assertThat(ids)
                .as("no process, so no task, per row")
                .allSatisfy(id -> assertThat(process(id)).isNull());
        TaskItem task = SignedIn.as(city.chair(), inbox::openTasks).stream()
                .filter(t -> t.taskKey().equals(ActionProcess.TASK_REVIEW_PLAN)
                        && t.subjectId().equals(String.valueOf(review.getId())))
                .findFirst()
                .orElseThrow();

        assertThatThrownBy(() -> SignedIn.as(
                        city.member(), () -> reviews.decide(review.getId(), ids.get(0), PlanDecision.ACCEPT, null)))
                .as("the proposer is not a reviewer")
                .isInstanceOf(ForbiddenException.class);
        SignedIn.as(
                city.chair(),
                () -> reviews.decide(review.getId(), ids.get(1), PlanDecision.CHANGE, "Which districts?"));
        assertThatThrownBy(() -> SignedIn.as(
                        city.chair(), () -> reviews.decide(review.getId(), ids.get(2), PlanDecision.DECLINE, "")))
                .as("declining needs the reason")
                .isInstanceOf(InvalidRequestException.class);
        SignedIn.as(
                city.chair(),
                () -> reviews.decide(review.getId(), ids.get(2), PlanDecision.DECLINE, "Not risk reduction"));
        assertThatThrownBy(() -> SignedIn.as(city.chair(), () -> {
                    inbox.complete(task.id(), "decide", null, Map.of());
                    return null;
                }))
                .as("two rows are undecided")
                .isInstanceOf(ConflictException.class);

        assertThat(SignedIn.as(city.chair(), () -> reviews.acceptRemaining(review.getId())))
                .isEqualTo(2);
        SignedIn.as(city.chair(), () -> {
            inbox.complete(task.id(), "decide", null, Map.of());
            return null;
        });

        assertThat(process(ids.get(0))).as("accepted, 60,000 EUR").isWaitingAt(ActionProcess.TASK_APPROVE);
        assertThat(action(ids.get(0)).getAcceptedBy()).isEqualTo(city.chair());
        assertThat(process(ids.get(1))).as("changes asked").isWaitingAt(ActionProcess.TASK_REVISE);
        assertThat(action(ids.get(2)).getStatus()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(action(ids.get(3)).getStatus()).as("small and local").isEqualTo(ActionStatus.APPROVED);
        assertThat(SignedIn.as(city.chair(), () -> reviews.detail(review.getId()))
                        .review()
                        .isDecided())
                .isTrue();
        assertThatThrownBy(() -> SignedIn.as(
                        city.chair(), () -> reviews.decide(review.getId(), ids.get(0), PlanDecision.DECLINE, "late")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aLevelNobodyHoldsFallsToTheOther() {
        Long kazakh = jurisdictions
                .create(new org.resilienceroadmap.directory.NewJurisdiction(
                        "TM-LVL-" + System.nanoTime() % 100000,
                        "Test town",
                        null,
                        org.resilienceroadmap.directory.JurisdictionLevel.CITY,
                        jurisdictions.findByCode("TM").orElseThrow().getId()))
                .getId();
        assertThat(groups.coordinatorsAtLevel(kazakh, "national"))
                .as("nobody coordinates Turkmenistan here: Central Asia approves")
                .isEqualTo("coordinator:CA");
        assertThat(groups.coordinatorsAtLevel(city.id(), "national"))
                .isEqualTo("coordinator:TJ,coordinator:" + city.code());
        assertThat(groups.coordinatorsAtLevel(city.id(), "regional")).isEqualTo("coordinator:CA");
    }

    private NewAction spec(String title, String eur) {
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(10);
        return new NewAction(
                objectiveId,
                title,
                "Described",
                "Emergency committee",
                city.member(),
                due.minusMonths(6),
                due,
                new Money(new BigDecimal(eur), "EUR"),
                null,
                List.of(2),
                List.of(),
                List.of(4));
    }

    private Long propose(String title, String amount, String currency, Long programmeId) {
        LocalDate due = LocalDate.now(Days.ZONE).plusMonths(10);
        NewAction spec = new NewAction(
                objectiveId,
                title,
                "Described",
                "Emergency committee",
                city.member(),
                due.minusMonths(6),
                due,
                new Money(new BigDecimal(amount), currency),
                programmeId,
                List.of(2),
                List.of(),
                List.of(4));
        return SignedIn.as(city.member(), () -> actions.propose(strategyId, spec))
                .getId();
    }

    private void deployTable(String xml) {
        repository
                .createDeployment()
                .name("approval-table-test")
                .addString("action-approval.dmn", xml)
                .deploy();
        tableChanged = true;
    }

    private List<TaskItem> candidates(String who, Long actionId) {
        return SignedIn.as(who, inbox::openTasks).stream()
                .filter(t -> t.processKey().equals(ActionProcess.KEY)
                        && String.valueOf(actionId).equals(t.subjectId()))
                .toList();
    }

    private ProcessInstance process(Long actionId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ActionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(actionId))
                .singleResult();
    }

    private Action action(Long id) {
        return SignedIn.as(city.chair(), () -> actions.detail(id)).action();
    }
}
