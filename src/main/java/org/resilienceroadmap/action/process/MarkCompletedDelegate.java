package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.springframework.stereotype.Component;

/** The owner claimed completion with evidence. */
@Component("markActionCompleted")
class MarkCompletedDelegate implements JavaDelegate {

    private final ActionSteps steps;

    MarkCompletedDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.markCompleted(ActionProcess.actionId(execution));
    }
}
