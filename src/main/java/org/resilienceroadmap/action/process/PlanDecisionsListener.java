package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.springframework.stereotype.Component;

/** The plan's review completes only when every row has its decision. */
@Component("planDecisionsComplete")
class PlanDecisionsListener implements TaskListener {

    private final ActionPlanReviews reviews;

    PlanDecisionsListener(ActionPlanReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        reviews.checkAllDecided(ActionProcess.actionId(task));
    }
}
