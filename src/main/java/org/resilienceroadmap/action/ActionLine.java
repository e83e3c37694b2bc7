package org.resilienceroadmap.action;

import java.time.LocalDate;

/** An action as a monitoring list shows it. */
public record ActionLine(
        Long id,
        String title,
        Long jurisdictionId,
        String owner,
        LocalDate due,
        LocalDate completedOn,
        int percentDone,
        ActionStatus status) {

    static ActionLine of(Action a) {
        return new ActionLine(
                a.getId(),
                a.getTitle(),
                a.getJurisdictionId(),
                a.getOwner(),
                a.getDueDate(),
                a.getCompletedOn(),
                a.getPercentDone(),
                a.getStatus());
    }
}
