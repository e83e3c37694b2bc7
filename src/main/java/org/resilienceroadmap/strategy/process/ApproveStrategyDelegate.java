package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The coordinator approved the version (four-eyes checked once more); the adoption follows. */
@Component("approveStrategy")
class ApproveStrategyDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    ApproveStrategyDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approve(
                StrategyReviewProcess.strategyId(execution),
                StrategyReviewProcess.versionNumber(execution),
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
