package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** Designated: a new term begins and the city is marked a Resilience Hub. */
@Component("designateHub")
class DesignateHubDelegate implements JavaDelegate {

    private final HubSteps steps;

    DesignateHubDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.designate(ResilienceHubProcess.hubId(execution), ResilienceHubProcess.decidedBy(execution));
    }
}
