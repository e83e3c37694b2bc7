package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ProgressEscalation;
import org.springframework.stereotype.Component;

/** The progress report is missing long past its time: tell the coordinators, once. */
@Component("escalateProgressToCoordinators")
class EscalateProgressToCoordinatorsDelegate implements JavaDelegate {

    private final ProgressEscalation escalation;

    EscalateProgressToCoordinatorsDelegate(ProgressEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalateToCoordinators(ActionProcess.actionId(execution));
    }
}
