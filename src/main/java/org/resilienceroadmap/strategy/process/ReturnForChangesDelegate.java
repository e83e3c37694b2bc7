package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The coordinator returned the version: the draft opens again for a new version. */
@Component("returnStrategyForChanges")
class ReturnForChangesDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    ReturnForChangesDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.returnForChanges(
                StrategyReviewProcess.strategyId(execution),
                StrategyReviewProcess.versionNumber(execution),
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
