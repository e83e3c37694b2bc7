package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.springframework.stereotype.Component;

/** The review's due date passed with answers missing: the chair is told who is missing. */
@Component("escalateOverdueStrategyReview")
class EscalateOverdueReviewDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    EscalateOverdueReviewDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalateOverdueReview(
                StrategyReviewProcess.strategyId(execution), StrategyReviewProcess.versionNumber(execution));
    }
}
