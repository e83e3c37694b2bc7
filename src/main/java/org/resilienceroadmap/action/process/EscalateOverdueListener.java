package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.action.ActionSteps;
import org.springframework.stereotype.Component;

/** The overdue task reached the coordinators: record it and tell them and the owner. */
@Component("escalateOverdueAction")
class EscalateOverdueListener implements TaskListener {

    private final ActionSteps steps;

    EscalateOverdueListener(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.escalateOverdue(ActionProcess.actionId(task));
    }
}
