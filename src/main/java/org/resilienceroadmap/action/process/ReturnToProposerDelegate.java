package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** The working group asked for changes: recorded, and the proposer is told with the comment. */
@Component("returnToProposer")
class ReturnToProposerDelegate implements JavaDelegate {

    private final ActionSteps steps;

    ReturnToProposerDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.askForChanges(
                ActionProcess.actionId(execution), (String) execution.getVariable(ProcessVariables.DECIDED_BY), (String)
                        execution.getVariable(ProcessVariables.COMMENT));
    }
}
