package org.resilienceroadmap.strategy.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.strategy.ObjectiveChoices;
import org.resilienceroadmap.strategy.ObjectiveDraft;
import org.resilienceroadmap.strategy.ObjectiveTies;

/** One objective as readers see it: its title, and the Essentials, hazards and findings it is tied to. */
class ObjectiveLine extends Div {

    ObjectiveLine(ObjectiveDraft o, Map<String, String> hazardNames) {
        add(new Span(o.title()));
        addClassName("strategy-objective");
        // Only the ties it has, in words: "Essentials 2 and 9 · 1 finding".
        Span tieLine = new Span(ties(this, getLocale(), hazardNames).line(o));
        tieLine.addClassName("task-meta");
        add(new Div(tieLine));
    }

    /** The ties of objectives worded for the reader of {@code where}. */
    static ObjectiveTies ties(Component where, java.util.Locale locale, Map<String, String> hazardNames) {
        return new ObjectiveTies(where::getTranslation, locale, hazardNames);
    }

    /** The hazards' names in the reader's language, by code, from the strategy's choices. */
    static Map<String, String> hazardNames(Component where, ObjectiveChoices choices) {
        Map<String, String> names = new HashMap<>();
        choices.hazards().stream()
                .filter(h -> h.messageKey() != null)
                .forEach(h -> names.put(h.code(), where.getTranslation(h.messageKey())));
        return names;
    }
}
