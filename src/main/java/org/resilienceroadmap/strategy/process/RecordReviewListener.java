package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A reviewer answered: their outcome and comment are kept with the version under review. */
@Component("recordStrategyReview")
class RecordReviewListener implements TaskListener {

    private final StrategyReviewSteps steps;

    RecordReviewListener(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.recordReview(
                StrategyReviewProcess.strategyId(task),
                StrategyReviewProcess.versionNumber(task),
                task.getAssignee(),
                (String) task.getVariable(ProcessVariables.OUTCOME),
                (String) task.getVariable(ProcessVariables.COMMENT));
    }
}
