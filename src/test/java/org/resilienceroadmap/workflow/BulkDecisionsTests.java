package org.resilienceroadmap.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.resilienceroadmap.support.ActionDriver.COORDINATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionService;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.notification.NotificationInbox;
import org.resilienceroadmap.roadmap.RoadmapService;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.audit.AuditRecord;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.support.ActionDriver;
import org.resilienceroadmap.support.Fixtures;
import org.resilienceroadmap.support.Fixtures.TestCity;
import org.resilienceroadmap.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Many tasks decided at once are each decided on their own: a refusal in the middle leaves the
 * decisions before and after it standing, each decision has its audit record and its notice, and
 * what the caller may not do alone they may not do in bulk.
 */
class BulkDecisionsTests extends IntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionDriver actions;

    @Autowired
    ActionService actionService;

    @Autowired
    BulkDecisions bulk;

    @Autowired
    TaskInbox inbox;

    @Autowired
    AuditLog audit;

    @Autowired
    NotificationInbox notices;

    @Autowired
    RoadmapService roadmap;

    @Test
    void approvesEachTaskOnItsOwnAndAnswersForEveryOneItRefused() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 5);
        List<String> approvals = Approvals.tasks(actions, plan);
        String colleague = Approvals.takenByColleague(fixtures, inbox, city, approvals.get(2));
        TestCity serbian = fixtures.newCity("RS");
        as("coordinator.serbia", () -> roadmap.join(serbian.id(), LocalDate.of(2024, 3, 1)));
        String outOfScope = as(serbian.chair(), () -> inbox.openTasks()).get(0).id();
        long noticesBefore = as(city.member(), () -> notices.count(false));

        List<String> asked = new ArrayList<>(approvals);
        asked.add(outOfScope);
        asked.add("no-such-task");
        asked.add(approvals.get(0));
        List<BulkResult> results = as(COORDINATOR, () -> bulk.complete(asked, "approve", "Agreed at the plan review."));

        assertThat(results)
                .extracting(BulkResult::taskId)
                .as("one answer per task, in the order asked, a repeated id once")
                .containsExactly(
                        approvals.get(0),
                        approvals.get(1),
                        approvals.get(2),
                        approvals.get(3),
                        approvals.get(4),
                        outOfScope,
                        "no-such-task");
        assertThat(results)
                .extracting(BulkResult::refusal)
                .containsExactly(
                        null,
                        null,
                        BulkResult.Refusal.TAKEN,
                        null,
                        null,
                        BulkResult.Refusal.NOT_FOUND,
                        BulkResult.Refusal.NOT_FOUND);
        assertThat(results.get(2).heldBy()).isEqualTo(colleague);
        assertThat(results.get(2).status()).isEqualTo(409);

        for (int i = 0; i < plan.size(); i++) {
            Long id = plan.get(i).getId();
            ActionStatus status =
                    as(COORDINATOR, () -> actionService.detail(id).action().getStatus());
            List<AuditRecord> approvalsRecorded = audit.history(ActionService.SUBJECT_TYPE, String.valueOf(id)).stream()
                    .filter(r -> r.getAction().equals("action:approve"))
                    .toList();
            if (i == 2) {
                assertThat(status).as("the refused one waits for its holder").isEqualTo(ActionStatus.PROPOSED);
                assertThat(approvalsRecorded).isEmpty();
            } else {
                assertThat(status).isEqualTo(ActionStatus.APPROVED);
                assertThat(approvalsRecorded).singleElement().satisfies(r -> {
                    assertThat(r.getActor()).isEqualTo(COORDINATOR);
                    assertThat(r.getComment()).isEqualTo("Agreed at the plan review.");
                });
            }
        }
        assertThat(as(
                                city.member(),
                                () -> notices.mine(false, Pageable.ofSize(50)).getContent())
                        .stream()
                        .filter(n -> n.notice().messageKey().equals("action.notice.approved"))
                        .count())
                .as("one notice to the owner per approval")
                .isEqualTo(4);
        assertThat(as(city.member(), () -> notices.count(false)) - noticesBefore)
                .isGreaterThanOrEqualTo(4);
        assertThat(as(colleague, () -> inbox.get(approvals.get(2))).assignee()).isEqualTo(colleague);
        assertThat(as(serbian.chair(), () -> inbox.openTasks()))
                .extracting(TaskItem::id)
                .contains(outOfScope);
    }

    @Test
    void refusesInBulkWhatOneMayNotDoAloneAndChangesNothing() {
        TestCity city = fixtures.newCity();
        List<Action> plan = Approvals.plan(actions, actionService, city, 2);
        List<String> approvals = Approvals.tasks(actions, plan);

        List<BulkResult> byMember = as(city.member(), () -> bulk.complete(approvals, "approve", null));
        assertThat(byMember).extracting(BulkResult::refusal).containsOnly(BulkResult.Refusal.NOT_ALLOWED);

        List<BulkResult> noComment = as(COORDINATOR, () -> bulk.complete(approvals, "reject", " "));
        assertThat(noComment).extracting(BulkResult::refusal).containsOnly(BulkResult.Refusal.INVALID);
        assertThat(plan)
                .allSatisfy(a -> assertThat(as(COORDINATOR, () -> actionService.detail(a.getId()))
                                .action()
                                .getStatus())
                        .isEqualTo(ActionStatus.PROPOSED));

        assertThatThrownBy(() -> as(COORDINATOR, () -> bulk.complete(List.of(), "approve", null)))
                .isInstanceOf(InvalidRequestException.class);
        List<String> tooMany = IntStream.rangeClosed(0, BulkDecisions.MAX_TASKS)
                .mapToObj(i -> "t" + i)
                .toList();
        assertThatThrownBy(() -> as(COORDINATOR, () -> bulk.complete(tooMany, "approve", null)))
                .isInstanceOf(InvalidRequestException.class);

        List<BulkResult> rejected =
                as(COORDINATOR, () -> bulk.complete(approvals, "reject", "Not in this plan's budget."));
        assertThat(rejected).allMatch(BulkResult::isDone);
        assertThat(plan)
                .allSatisfy(a -> assertThat(as(COORDINATOR, () -> actionService.detail(a.getId()))
                                .action()
                                .getStatus())
                        .isEqualTo(ActionStatus.CANCELLED));
    }

    @Test
    void claimsManyTasksAndSaysWhichSomeoneElseHeldFirst() {
        TestCity city = fixtures.newCity();
        List<String> approvals = Approvals.tasks(actions, Approvals.plan(actions, actionService, city, 3));
        String colleague = Approvals.takenByColleague(fixtures, inbox, city, approvals.get(0));
        as(COORDINATOR, () -> inbox.claim(approvals.get(1)));

        List<BulkResult> results = as(COORDINATOR, () -> bulk.claim(approvals));

        assertThat(results).extracting(BulkResult::refusal).containsExactly(BulkResult.Refusal.TAKEN, null, null);
        assertThat(results.get(0).heldBy()).isEqualTo(colleague);
        assertThat(as(COORDINATOR, () -> inbox.openTasks()))
                .filteredOn(t -> approvals.contains(t.id()))
                .extracting(TaskItem::id, TaskItem::assignee)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(approvals.get(1), COORDINATOR),
                        org.assertj.core.groups.Tuple.tuple(approvals.get(2), COORDINATOR));
        assertThat(as(colleague, () -> inbox.get(approvals.get(0))).assignee()).isEqualTo(colleague);
    }

    @Test
    void decidesTheTenEssentialsOfOneAssessmentEachOnItsOwn() {
        TestCity city = fixtures.newCity();
        as(COORDINATOR, () -> roadmap.join(city.id(), LocalDate.of(2024, 2, 1)));
        TaskItem assign = as(city.chair(), () -> inbox.openTasks()).get(0);
        as(city.chair(), () -> inbox.complete(assign.id(), "start", null, java.util.Map.of()));
        List<String> essentials = as(city.member(), () -> inbox.openTasks()).stream()
                .filter(t -> t.taskKey().equals("Task_ScoreEssential"))
                .map(TaskItem::id)
                .toList();
        assertThat(essentials).hasSize(10);

        List<BulkResult> results = as(city.member(), () -> bulk.complete(essentials, "done", null));

        assertThat(results).allMatch(BulkResult::isDone);
        assertThat(as(city.chair(), () -> inbox.openTasks()))
                .extracting(TaskItem::taskKey)
                .contains("Task_Consolidate");
    }
}
