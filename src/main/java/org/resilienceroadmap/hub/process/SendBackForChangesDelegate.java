package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** The coordinator asked for changes: the chair hears why and revises the application. */
@Component("sendHubApplicationBack")
class SendBackForChangesDelegate implements JavaDelegate {

    private final HubSteps steps;

    SendBackForChangesDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requestChanges(
                ResilienceHubProcess.hubId(execution),
                ResilienceHubProcess.decidedBy(execution),
                ResilienceHubProcess.comment(execution));
    }
}
