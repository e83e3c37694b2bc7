package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The chair sends the reviewed version to the coordinators for approval. */
@Component("sendStrategyForApproval")
class SendForApprovalDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    SendForApprovalDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.sendForApproval(
                StrategyReviewProcess.strategyId(execution),
                StrategyReviewProcess.versionNumber(execution),
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
