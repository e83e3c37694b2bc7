package org.resilienceroadmap.action.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.action.PlanDecision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working group's review: an imported plan decided row by row (the review task itself completes
 * through {@code /tasks/{id}/complete} with the outcome {@code decide}), and who reviews a strategy's
 * proposed actions besides its chairs.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Actions")
class PlanReviewController {

    private final ActionPlanReviews reviews;

    PlanReviewController(ActionPlanReviews reviews) {
        this.reviews = reviews;
    }

    record RowDecision(String decision, String comment) {}

    record AcceptedRemaining(int accepted, ActionJson.PlanReviewJson review) {}

    record Reviewers(List<String> usernames, boolean mayName) {}

    record ReviewersBody(@NotNull List<@NotNull String> usernames) {}

    @GetMapping("/action-plan-reviews/{id}")
    @Operation(
            summary = "An imported plan under review: its rows with their decisions (accept, change, decline; null "
                    + "while undecided) and comments, and whether the caller may decide them")
    ActionJson.PlanReviewJson get(@PathVariable Long id) {
        return json(id);
    }

    @PutMapping("/action-plan-reviews/{id}/rows/{actionId}")
    @Operation(
            summary = "Decide one row (the chair or a member named to review): body {decision: accept|change|decline, "
                    + "comment}; change and decline need the comment (400 without); 409 once the review is decided")
    ActionJson.PlanReviewJson decide(
            @PathVariable Long id, @PathVariable Long actionId, @RequestBody RowDecision body) {
        reviews.decide(
                id, actionId, decision(body == null ? null : body.decision()), body == null ? null : body.comment());
        return json(id);
    }

    @PostMapping("/action-plan-reviews/{id}/accept-remaining")
    @Operation(summary = "Accept every row not decided yet; answers how many and the review")
    AcceptedRemaining acceptRemaining(@PathVariable Long id) {
        int accepted = reviews.acceptRemaining(id);
        return new AcceptedRemaining(accepted, json(id));
    }

    @GetMapping("/strategies/{id}/action-reviewers")
    @Operation(
            summary = "The members named to review the strategy's proposed actions (its chairs review anyway), "
                    + "and whether the caller (a chair) may name them")
    Reviewers reviewers(@PathVariable Long id) {
        return new Reviewers(reviews.reviewers(id), reviews.mayNameReviewers(id));
    }

    @PutMapping("/strategies/{id}/action-reviewers")
    @Operation(
            summary = "Name the members who review proposed actions (chair; members of the working group only): "
                    + "body {usernames: [...]}, replacing the list")
    Reviewers nameReviewers(@PathVariable Long id, @Valid @RequestBody ReviewersBody body) {
        return new Reviewers(reviews.nameReviewers(id, body.usernames()), true);
    }

    private ActionJson.PlanReviewJson json(Long id) {
        return ActionJson.PlanReviewJson.of(reviews.detail(id), reviews.mayDecide(id));
    }

    /** The decision the body names; none for any other word, which the service refuses once it knows who asks. */
    private static PlanDecision decision(String outcome) {
        for (PlanDecision d : PlanDecision.values()) {
            if (d.outcome().equals(outcome == null ? null : outcome.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }
}
