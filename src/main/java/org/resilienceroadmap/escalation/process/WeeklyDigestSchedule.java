package org.resilienceroadmap.escalation.process;

import org.resilienceroadmap.escalation.EscalationSettings;
import org.springframework.stereotype.Component;

/**
 * The cycle of {@code weekly-digest.bpmn}'s timer start event (public: the engine calls it by reflection). The
 * engine reads it when it deploys the model, before anything else of the application is at hand: so this bean
 * needs nothing but the settings.
 */
@Component("weeklyDigestSchedule")
public class WeeklyDigestSchedule {

    private final EscalationSettings settings;

    WeeklyDigestSchedule(EscalationSettings settings) {
        this.settings = settings;
    }

    public String cycle() {
        return settings.digestCycle();
    }
}
