package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.action.ActionSteps;
import org.springframework.stereotype.Component;

/** The cycle opened a progress-report task: remind the owner. */
@Component("actionProgressDue")
class ProgressDueListener implements TaskListener {

    private final ActionSteps steps;

    ProgressDueListener(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.progressDue(ActionProcess.actionId(task));
    }
}
