package org.resilienceroadmap.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.escalation.CoordinatorEscalation;
import org.springframework.stereotype.Component;

/** A coordinator's gate or validation waits: remind the coordinators nearest the city, once. */
@Component("remindCoordinators")
class RemindCoordinatorsDelegate implements JavaDelegate {

    private final CoordinatorEscalation escalation;

    RemindCoordinatorsDelegate(CoordinatorEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.remind(WaitingTasks.of(execution));
    }
}
