package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** The national coordinator recommended the city: the administrators designate it next. */
@Component("recordHubRecommendation")
class RecordRecommendationDelegate implements JavaDelegate {

    private final HubSteps steps;

    RecordRecommendationDelegate(HubSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.recommend(ResilienceHubProcess.hubId(execution), ResilienceHubProcess.decidedBy(execution));
    }
}
