package org.resilienceroadmap.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.support.FastTest;

/**
 * The action's own rules, without Spring: status moves only from the expected status, the due date
 * in force at approval, overdue, progress reports, plan decisions, approvals per level, and what one
 * action adds to its jurisdiction's tally (on time, on time after an extension, claimed, cancelled).
 */
@FastTest
class ActionRulesFastTests {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    private static Action proposed() {
        NewAction spec = new NewAction(
                2L,
                "  Retrofit schools  ",
                "",
                "Civil protection",
                "owner",
                LocalDate.of(2026, 1, 1),
                DUE,
                new Money(new BigDecimal("12000"), "EUR"),
                null,
                List.of(3, 1),
                List.of("flood"),
                List.of(2));
        return new Action(1L, 3L, spec, "proposer", Instant.parse("2026-01-01T08:00:00Z"));
    }

    private static Action approved() {
        Action action = proposed();
        action.move(ActionStatus.PROPOSED, ActionStatus.APPROVED);
        return action;
    }

    @Test
    void aNewActionIsProposedWithItsTitleStrippedAndItsTagsKept() {
        Action action = proposed();
        assertThat(action.getStatus()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(action.getTitle()).isEqualTo("Retrofit schools");
        assertThat(action.getEssentials()).containsExactly(3, 1);
        assertThat(action.getHazards()).containsExactly("flood");
        assertThat(action.getApprovedDue()).isNull();
        assertThat(action.getApprovedBy()).isEmpty();
    }

    @Test
    void aMoveFromAnotherStatusIsRefusedAndChangesNothing() {
        Action action = proposed();
        assertThatThrownBy(() -> action.move(ActionStatus.APPROVED, ActionStatus.COMPLETED))
                .isInstanceOf(ConflictException.class);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.PROPOSED);
    }

    @Test
    void approvalFixesTheDueDateThatOnTimeIsMeasuredAgainst() {
        Action action = approved();
        action.extendTo(DUE.plusMonths(3));
        assertThat(action.getApprovedDue()).isEqualTo(DUE);
        assertThat(action.getDueDate()).isEqualTo(DUE.plusMonths(3));
    }

    @Test
    void onlyAnActionUnderWayPastItsDueDateIsOverdue() {
        assertThat(proposed().isOverdue(DUE.plusDays(10)))
                .as("a proposal nobody approved")
                .isFalse();
        Action action = approved();
        assertThat(action.isOverdue(DUE)).as("on the due day").isFalse();
        assertThat(action.isOverdue(DUE.plusDays(1))).isTrue();
        action.report(40);
        assertThat(action.isOverdue(DUE.plusDays(1))).as("in progress").isTrue();
        action.move(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED);
        assertThat(action.isOverdue(DUE.plusDays(1))).as("claimed complete").isFalse();
    }

    @Test
    void progressIsReportedOnlyOnAnApprovedOpenAction() {
        assertThatThrownBy(() -> proposed().report(10)).isInstanceOf(ConflictException.class);
        Action action = approved();
        action.report(60);
        assertThat(action.getPercentDone()).isEqualTo(60);
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        action.move(ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED);
        assertThatThrownBy(() -> action.report(70)).isInstanceOf(ConflictException.class);
        assertThat(action.getPercentDone()).isEqualTo(60);
    }

    @Test
    void eachLevelsApproverIsKeptInOrderAndABlankPlanCommentIsNone() {
        Action action = proposed();
        action.approvedAtLevel("national.rs");
        action.approvedAtLevel("regional.eu");
        assertThat(action.getApprovedBy()).containsExactly("national.rs", "regional.eu");

        action.decideInPlan(PlanDecision.values()[0], "   ");
        assertThat(action.getPlanComment()).isNull();
        action.decideInPlan(PlanDecision.values()[0], "  fine  ");
        assertThat(action.getPlanComment()).isEqualTo("fine");
    }

    @Test
    void aVerifiedActionCountsOnTimeByTheApprovedDueDateOrAfterAnExtension() {
        Action onTime = approved();
        onTime.completeOn(DUE);
        onTime.move(ActionStatus.APPROVED, ActionStatus.VERIFIED);
        assertThat(onTime.share()).isEqualTo(new TallyShare(1, 1, 1, 0, 0));

        Action extended = approved();
        extended.extendTo(DUE.plusMonths(2));
        extended.completeOn(DUE.plusMonths(1));
        extended.move(ActionStatus.APPROVED, ActionStatus.VERIFIED);
        assertThat(extended.share()).isEqualTo(new TallyShare(1, 1, 0, 0, 1));

        Action late = approved();
        late.completeOn(DUE.plusDays(1));
        late.move(ActionStatus.APPROVED, ActionStatus.VERIFIED);
        assertThat(late.share()).isEqualTo(new TallyShare(1, 1, 0, 0, 0));
    }

    @Test
    void aClaimCountsApartAndACancelledActionCountsNothing() {
        Action claimed = approved();
        claimed.completeOn(DUE);
        claimed.move(ActionStatus.APPROVED, ActionStatus.COMPLETED);
        assertThat(claimed.share()).isEqualTo(new TallyShare(1, 0, 0, 1, 0));

        Action cancelled = approved();
        cancelled.move(ActionStatus.APPROVED, ActionStatus.CANCELLED);
        assertThat(cancelled.share().isNone()).isTrue();
        assertThat(claimed.share()
                        .plus(cancelled.share())
                        .minus(claimed.share())
                        .isNone())
                .isTrue();
    }

    @Test
    void openStatusesAreTheOnesStillToBeDone() {
        assertThat(ActionStatus.values())
                .filteredOn(ActionStatus::isOpen)
                .containsExactly(ActionStatus.PROPOSED, ActionStatus.APPROVED, ActionStatus.IN_PROGRESS);
    }
}
