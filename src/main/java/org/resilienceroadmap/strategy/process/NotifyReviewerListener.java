package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.springframework.stereotype.Component;

/** A review task was created for one reviewer: tell them. */
@Component("notifyStrategyReviewer")
class NotifyReviewerListener implements TaskListener {

    private final StrategyReviewSteps steps;

    NotifyReviewerListener(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.reviewAssigned(
                StrategyReviewProcess.strategyId(task), StrategyReviewProcess.versionNumber(task), task.getAssignee());
    }
}
