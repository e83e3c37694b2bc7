package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A coordinator cancelled the overdue action. */
@Component("cancelAction")
class CancelActionDelegate implements JavaDelegate {

    private final ActionSteps steps;

    CancelActionDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.cancel(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY), (String)
                        execution.getVariable(ProcessVariables.COMMENT));
    }
}
