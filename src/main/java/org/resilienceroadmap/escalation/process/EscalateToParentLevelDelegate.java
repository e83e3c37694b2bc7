package org.resilienceroadmap.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.escalation.CoordinatorEscalation;
import org.springframework.stereotype.Component;

/** The gate or validation still waits: tell the coordinators of the level above, once. */
@Component("escalateToParentLevel")
class EscalateToParentLevelDelegate implements JavaDelegate {

    private final CoordinatorEscalation escalation;

    EscalateToParentLevelDelegate(CoordinatorEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalate(WaitingTasks.of(execution));
    }
}
