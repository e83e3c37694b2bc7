package org.resilienceroadmap.action.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.ProgrammeDirectory;

/**
 * The action's facts as label and value pairs, in words: objective, city, lead agency, owner (by
 * name), dates, budget, programme, Essentials, hazards and Sendai priorities, description.
 */
class ActionFacts extends Div {

    /** The action's fields a pinned comment names, by the fact that shows each. */
    private static final Map<String, String> PINNED_FIELD = Map.of(
            "lead", "leadAgency",
            "owner", "owner",
            "start", "start",
            "due", "due",
            "budget", "budget",
            "programme", "programme",
            "essentials", "tags");

    private final Map<String, com.vaadin.flow.component.orderedlayout.HorizontalLayout> rows =
            new java.util.HashMap<>();

    ActionFacts(
            ActionDetail detail,
            ActionOptions options,
            ProgrammeDirectory programmes,
            JurisdictionDirectory jurisdictions) {
        setId("action-facts");
        addClassName("action-facts");
        Action a = detail.action();
        Map<String, String> hazardNames = jurisdictions.hazardNames();
        fact("objective", "action.objective", detail.objectiveTitle());
        fact("jurisdiction", "action.jurisdiction", place(jurisdictions, a.getJurisdictionId(), getLocale()));
        fact("lead", "action.leadAgency", a.getLeadAgency());
        fact(
                "owner",
                "action.owner",
                options.names(java.util.List.of(a.getOwner())).get(a.getOwner()));
        fact("start", "action.start", ActionText.date(getLocale(), a.getStartDate()));
        fact("due", "action.due", ActionText.date(getLocale(), a.getDueDate()));
        fact("budget", "action.budget", ActionText.money(getLocale(), a.getBudget()));
        if (a.getProgrammeId() != null) {
            fact("programme", "action.programme", programme(programmes, a.getProgrammeId()));
        }
        fact(
                "essentials",
                "action.essentials",
                a.getEssentials().stream()
                        .map(e -> e + ". " + getTranslation("essential." + e))
                        .collect(Collectors.joining("; ")));
        fact(
                "hazards",
                "action.hazards",
                a.getHazards().stream()
                        .map(h -> hazardNames.containsKey(h) ? getTranslation(hazardNames.get(h)) : h)
                        .collect(Collectors.joining(", ")));
        fact(
                "sendai",
                "action.sendai",
                a.getSendaiPriorities().stream()
                        .map(p -> p + ". " + getTranslation("action.sendai." + p))
                        .collect(Collectors.joining("; ")));
        fact("description", "action.description", a.getDescription());
    }

    private static String place(JurisdictionDirectory jurisdictions, Long id, java.util.Locale locale) {
        try {
            return jurisdictions.get(id).getDisplayName(locale);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String programme(ProgrammeDirectory programmes, Long id) {
        try {
            var p = programmes.get(id);
            return p.getCode() + " · " + p.getTitle();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void fact(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var row = FactRow.of(getTranslation(labelKey), "fact-" + id, value);
        rows.put(id, row);
        add(row);
    }

    /** Marks the facts whose pinned comments still wait for an answer, in words as well as colour. */
    void markPinned(java.util.Set<String> open) {
        PINNED_FIELD.forEach((fact, field) -> {
            if (rows.containsKey(fact)) {
                org.resilienceroadmap.workflow.ui.PinBoard.mark(rows.get(fact), open, "field:" + field);
            }
        });
    }
}
