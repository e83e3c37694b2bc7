package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Stage B of the roadmap called the review: take the jurisdiction's strategy in progress, or start one to draft. */
@Component("openRoadmapStrategy")
class OpenRoadmapStrategyDelegate implements JavaDelegate {

    private final StrategyReviewSteps steps;

    OpenRoadmapStrategyDelegate(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long jurisdictionId = ((Number) execution.getVariable(ProcessVariables.JURISDICTION_ID)).longValue();
        var opened = steps.openForRoadmap(jurisdictionId, execution.getProcessInstanceId(), (String)
                execution.getVariable(ProcessVariables.DECIDED_BY));
        execution.setVariable(
                ProcessVariables.SUBJECT_TYPE, org.resilienceroadmap.strategy.StrategyService.SUBJECT_TYPE);
        execution.setVariable(ProcessVariables.SUBJECT_ID, String.valueOf(opened.strategyId()));
        execution.setVariable(StrategyReviewProcess.STRATEGY_UNDER_WAY, opened.underWay());
        if (!opened.underWay()) {
            execution.setProcessBusinessKey(String.valueOf(opened.strategyId()));
        }
    }
}
