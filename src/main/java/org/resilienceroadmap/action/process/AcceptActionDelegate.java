package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The working group accepted the action: recorded, and what the approval table reads handed to the process. */
@Component("acceptAction")
class AcceptActionDelegate implements JavaDelegate {

    private final ActionSteps steps;

    AcceptActionDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(steps.accept(
                        ActionProcess.actionId(execution),
                        (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                        (String) execution.getVariable(ProcessVariables.COMMENT))
                .variables());
    }
}
