package org.resilienceroadmap.action;

import java.time.LocalDate;

import org.resilienceroadmap.shared.Money;

/** An action as money is set against it: its period, budget (may be null) and how far along it is. */
public record BudgetedAction(
        Long id,
        String title,
        Long jurisdictionId,
        Long programmeId,
        LocalDate start,
        LocalDate due,
        Money budget,
        int percentDone,
        ActionStatus status) {

    static BudgetedAction of(Action a) {
        return new BudgetedAction(
                a.getId(),
                a.getTitle(),
                a.getJurisdictionId(),
                a.getProgrammeId(),
                a.getStartDate(),
                a.getDueDate(),
                a.getBudget(),
                a.getPercentDone(),
                a.getStatus());
    }
}
