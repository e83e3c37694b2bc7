package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** A coordinator extended the overdue action's due date; implementation restarts with the new date. */
@Component("extendAction")
class ExtendDueDateDelegate implements JavaDelegate {

    private final ActionSteps steps;

    ExtendDueDateDelegate(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.extend(
                ActionProcess.actionId(execution),
                (String) execution.getVariable(ActionProcess.NEW_DUE_DATE),
                (String) execution.getVariable(ProcessVariables.DECIDED_BY),
                (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
