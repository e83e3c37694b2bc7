package org.resilienceroadmap.action.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.action.ProgressEscalation;
import org.springframework.stereotype.Component;

/** The progress report is still missing: tell the city's chair, once. */
@Component("escalateProgressToChair")
class EscalateProgressToChairDelegate implements JavaDelegate {

    private final ProgressEscalation escalation;

    EscalateProgressToChairDelegate(ProgressEscalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalation.escalateToChair(ActionProcess.actionId(execution));
    }
}
