package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A coordinator returned the completion claim: the action is in progress again. */
@Component("returnAction")
class ReturnActionDelegate implements JavaDelegate {

    private final ActionSteps steps;

    ReturnActionDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.returnForWork(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY), (String)
                        execution.getVariable(ProcessVariables.COMMENT));
    }
}
