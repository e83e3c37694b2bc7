package org.resilienceroadmap.hub;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a hub designation runs ({@code roadmap.hub.term}, three years by default, as MCR2030 recognises
 * hubs) and how long before its end the chair is reminded to renew ({@code roadmap.hub.reminder-before},
 * 90 days by default); both ISO-8601 periods.
 */
@ConfigurationProperties("roadmap.hub")
record HubSettings(
        @DefaultValue("P3Y") Period term,
        @DefaultValue("P90D") Period reminderBefore) {

    HubSettings {
        positive("roadmap.hub.term", term);
        positive("roadmap.hub.reminder-before", reminderBefore);
    }

    private static void positive(String name, Period p) {
        if (p.isNegative() || p.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive period, e.g. P3Y or P90D");
        }
    }
}
