package org.resilienceroadmap.hub;

import java.time.Period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a hub designation runs ({@code roadmap.hub.term}, three years by default, as MCR2030 recognises
 * hubs) and how long before its end the chair is reminded to renew ({@code roadmap.hub.reminder-before},
 * 90 days by default); both ISO-8601 periods.
 */
@Component
class HubSettings {

    private final Period term;
    private final Period reminderBefore;

    HubSettings(@Value("${roadmap.hub.term:P3Y}") String term,
            @Value("${roadmap.hub.reminder-before:P90D}") String reminderBefore) {
        this.term = positive("roadmap.hub.term", term);
        this.reminderBefore = positive("roadmap.hub.reminder-before", reminderBefore);
    }

    private static Period positive(String name, String value) {
        Period p = Period.parse(value);
        if (p.isNegative() || p.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive period, e.g. P3Y or P90D");
        }
        return p;
    }

    Period term() {
        return term;
    }

    Period reminderBefore() {
        return reminderBefore;
    }
}
