package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Four-eyes on each approval level: the task refuses to be claimed or completed by who proposed,
 * accepted or already approved the action; a completed approval is kept as that level's approver.
 */
@Component("actionFourEyes")
class ActionFourEyesListener implements TaskListener {

    private final ActionSteps steps;

    ActionFourEyesListener(ActionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        Long actionId = ActionProcess.actionId(task);
        String who = task.getAssignee();
        if (who == null) {
            return;
        }
        steps.checkMayApprove(actionId, who);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())
                && "approve".equals(task.getVariable(ProcessVariables.OUTCOME))) {
            steps.approvedAtLevel(actionId, who);
        }
    }
}
