package org.resilienceroadmap.action.process;

import java.util.List;

import org.resilienceroadmap.action.ActionPlanReviews;
import org.springframework.stereotype.Component;

/** Expressions of action-plan-review.bpmn (public: the engine calls it by reflection). */
@Component("actionPlanTasks")
public class PlanReviewTasks {

    private final ActionPlanReviews reviews;

    PlanReviewTasks(ActionPlanReviews reviews) {
        this.reviews = reviews;
    }

    /** The members named to review the plan's strategy; the chairs are candidates anyway. */
    public List<String> reviewers(String reviewId) {
        return reviews.find(Long.valueOf(reviewId))
                .map(r -> reviews.reviewersOfStrategy(r.getStrategyId()))
                .orElse(List.of());
    }
}
