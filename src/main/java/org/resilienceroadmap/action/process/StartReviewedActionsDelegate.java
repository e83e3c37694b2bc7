package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The plan is decided: each row's action goes on in action.bpmn with its decision. */
@Component("startReviewedActions")
class StartReviewedActionsDelegate implements JavaDelegate {

    private final ActionPlanReviews reviews;

    StartReviewedActionsDelegate(ActionPlanReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.startDecided(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY));
    }
}
