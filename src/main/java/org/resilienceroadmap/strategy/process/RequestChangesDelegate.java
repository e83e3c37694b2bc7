package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair asked for changes after the review: the draft opens again for a new version. */
@Component("requestStrategyChanges")
class RequestChangesDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    RequestChangesDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requestChanges(
                StrategyReviewProcess.strategyId(execution),
                StrategyReviewProcess.versionNumber(execution),
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
