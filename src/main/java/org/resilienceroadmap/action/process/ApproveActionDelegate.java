package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A coordinator approved the proposed action. */
@Component("approveAction")
class ApproveActionDelegate implements JavaDelegate {

    private final ActionSteps steps;

    ApproveActionDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.approve(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY), (String)
                        execution.getVariable(ProcessVariables.COMMENT));
    }
}
