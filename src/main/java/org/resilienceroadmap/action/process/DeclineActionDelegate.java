package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The working group declined the proposed action. */
@Component("declineAction")
class DeclineActionDelegate implements JavaDelegate {

    private final ActionSteps steps;

    DeclineActionDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.decline(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY), (String)
                        execution.getVariable(ProcessVariables.COMMENT));
    }
}
