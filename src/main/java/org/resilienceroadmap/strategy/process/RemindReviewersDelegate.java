package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.springframework.stereotype.Component;

/** The review's due date is near: remind the reviewers who have not answered. */
@Component("remindStrategyReviewers")
class RemindReviewersDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    RemindReviewersDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindReviewers(
                StrategyReviewProcess.strategyId(execution), StrategyReviewProcess.versionNumber(execution));
    }
}
