package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** The term ends soon: the chair and the coordinators are reminded to apply for renewal. */
@Component("remindOfHubExpiry")
class RemindOfExpiryDelegate implements JavaDelegate {

    private final HubSteps steps;

    RemindOfExpiryDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.remindOfExpiry(ResilienceHubProcess.hubId(execution));
    }
}
