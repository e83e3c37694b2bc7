package org.resilienceroadmap.action.process;

import org.resilienceroadmap.action.ProgressEscalationSettings;
import org.springframework.stereotype.Component;

/**
 * The durations of the progress report's reminder and escalation timers in action.bpmn (public: the engine
 * calls it by reflection when a report falls due).
 */
@Component("progressTimers")
public class ProgressTimers {

    private final ProgressEscalationSettings settings;

    ProgressTimers(ProgressEscalationSettings settings) {
        this.settings = settings;
    }

    public String remindOwnerAfter() {
        return settings.remindOwnerAfter();
    }

    public String chairAfter() {
        return settings.chairAfter();
    }

    public String coordinatorsAfter() {
        return settings.coordinatorsAfter();
    }
}
