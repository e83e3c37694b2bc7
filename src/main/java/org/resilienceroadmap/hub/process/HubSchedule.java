package org.resilienceroadmap.hub.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.resilienceroadmap.hub.HubSteps;
import org.springframework.stereotype.Component;

/** The expressions of {@code resilience-hub.bpmn}: when to remind, when the term ends, whether one still runs (public: the engine calls it by reflection). */
@Component("hubSchedule")
public class HubSchedule {

    private final HubSteps steps;

    HubSchedule(HubSteps steps) {
        this.steps = steps;
    }

    public Date reminderAt(DelegateExecution execution) {
        return steps.reminderAt(ResilienceHubProcess.hubId(execution));
    }

    public Date termEndsAt(DelegateExecution execution) {
        return steps.termEndsAt(ResilienceHubProcess.hubId(execution));
    }

    public boolean holdsTerm(DelegateExecution execution) {
        return steps.holdsTerm(ResilienceHubProcess.hubId(execution));
    }
}
