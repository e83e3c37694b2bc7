package org.resilienceroadmap.strategy.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.resilienceroadmap.strategy.ObjectiveChoices;
import org.resilienceroadmap.strategy.ObjectiveDraft;

/** One objective as readers see it: its title, and the Essentials, hazards and findings it is tied to. */
class ObjectiveLine extends Div {

    ObjectiveLine(ObjectiveDraft o, Map<String, String> hazardNames) {
        add(new Span(o.title()));
        addClassName("strategy-objective");
        String ties = getTranslation("strategy.objective.ties",
                String.join(", ", o.essentials().stream().map(String::valueOf).toList()),
                String.join(", ", o.hazards().stream().map(h -> hazardNames.getOrDefault(h, h)).toList()),
                o.findingIds().size());
        Span tieLine = new Span(ties);
        tieLine.addClassName("task-meta");
        add(new Div(tieLine));
    }

    /** The hazards' names in the reader's language, by code, from the strategy's choices. */
    static Map<String, String> hazardNames(Component where, ObjectiveChoices choices) {
        Map<String, String> names = new HashMap<>();
        choices.hazards().stream().filter(h -> h.messageKey() != null)
                .forEach(h -> names.put(h.code(), where.getTranslation(h.messageKey())));
        return names;
    }
}
