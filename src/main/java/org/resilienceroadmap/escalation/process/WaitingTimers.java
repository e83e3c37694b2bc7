package org.resilienceroadmap.escalation.process;

import org.resilienceroadmap.escalation.EscalationSettings;
import org.springframework.stereotype.Component;

/**
 * The durations of the reminder and escalation timers on coordinators' gates and validations (public: the
 * engine calls it by reflection when such a task opens).
 */
@Component("waitingTimers")
public class WaitingTimers {

    private final EscalationSettings settings;

    public WaitingTimers(EscalationSettings settings) {
        this.settings = settings;
    }

    public String remindAfter() {
        return settings.remindCoordinatorsAfter();
    }

    public String escalateAfter() {
        return settings.escalateAfter();
    }
}
