package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** The term ended without renewal: the city is no longer a Resilience Hub. */
@Component("lapseHub")
class LapseHubDelegate implements JavaDelegate {

    private final HubSteps steps;

    LapseHubDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.lapse(ResilienceHubProcess.hubId(execution));
    }
}
