package org.resilienceroadmap.strategy.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
        // Only the ties it has: "Essentials 2, 9 · findings: 1", never an empty "hazards".
        List<String> parts = new ArrayList<>();
        if (!o.essentials().isEmpty()) {
            parts.add(getTranslation("strategy.objective.tieEssentials",
                    String.join(", ", o.essentials().stream().map(String::valueOf).toList())));
        }
        if (!o.hazards().isEmpty()) {
            parts.add(getTranslation("strategy.objective.tieHazards",
                    String.join(", ", o.hazards().stream().map(h -> hazardNames.getOrDefault(h, h)).toList())));
        }
        if (!o.findingIds().isEmpty()) {
            parts.add(getTranslation("strategy.objective.tieFindings", o.findingIds().size()));
        }
        String ties = parts.isEmpty() ? getTranslation("strategy.objective.noTies") : String.join(" · ", parts);
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
