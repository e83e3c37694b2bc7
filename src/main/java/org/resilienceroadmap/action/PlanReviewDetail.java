package org.resilienceroadmap.action;

import java.util.List;

/** An imported plan under review with its rows (the proposed actions, in the file's order). */
public record PlanReviewDetail(PlanReview review, List<Action> rows) {

    public long undecided() {
        return rows.stream().filter(a -> a.getPlanDecision() == null).count();
    }
}
