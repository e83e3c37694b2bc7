package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.springframework.stereotype.Component;

/** The chair recorded the formal adoption: the strategy is adopted. */
@Component("markStrategyAdopted")
class MarkAdoptedDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    MarkAdoptedDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markAdopted(StrategyReviewProcess.strategyId(execution));
    }
}
