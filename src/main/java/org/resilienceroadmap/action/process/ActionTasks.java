package org.resilienceroadmap.action.process;

import org.resilienceroadmap.action.ActionSteps;
import org.springframework.stereotype.Component;

/** Expressions of action.bpmn: the owner and the current due instant (public: the engine calls it by reflection). */
@Component("actionTasks")
public class ActionTasks {

    private final ActionSteps steps;

    ActionTasks(ActionSteps steps) {
        this.steps = steps;
    }

    public String owner(String actionId) {
        return steps.ownerOf(Long.valueOf(actionId));
    }

    public String dueAt(String actionId) {
        return steps.dueAt(Long.valueOf(actionId));
    }
}
