package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** Declined by the coordinator or an administrator: the city is told; a renewal's running term goes on. */
@Component("declineHubApplication")
class DeclineApplicationDelegate implements JavaDelegate {

    private final HubSteps steps;

    DeclineApplicationDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.decline(
                ResilienceHubProcess.hubId(execution),
                ResilienceHubProcess.decidedBy(execution),
                ResilienceHubProcess.comment(execution));
    }
}
