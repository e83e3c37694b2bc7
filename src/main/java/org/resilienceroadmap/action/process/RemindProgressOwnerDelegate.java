package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ProgressEscalation;
import org.springframework.stereotype.Component;

/** The progress report is late: remind its owner, once. */
@Component("remindProgressOwner")
class RemindProgressOwnerDelegate implements JavaDelegate {

    private final ProgressEscalation escalation;

    RemindProgressOwnerDelegate(ProgressEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.remindOwner(ActionProcess.actionId(execution));
    }
}
