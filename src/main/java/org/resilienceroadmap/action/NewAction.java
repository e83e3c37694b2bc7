package org.resilienceroadmap.action;

import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.shared.Money;

/** An action as proposed (in a form, by the API or a row of an imported plan). */
public record NewAction(
        Long objectiveId,
        String title,
        String description,
        String leadAgency,
        String owner,
        LocalDate start,
        LocalDate due,
        Money budget,
        Long programmeId,
        List<Integer> essentials,
        List<String> hazards,
        List<Integer> sendaiPriorities) {

    public NewAction {
        essentials = essentials == null ? List.of() : List.copyOf(essentials);
        hazards = hazards == null ? List.of() : List.copyOf(hazards);
        sendaiPriorities = sendaiPriorities == null ? List.of() : List.copyOf(sendaiPriorities);
    }
}
