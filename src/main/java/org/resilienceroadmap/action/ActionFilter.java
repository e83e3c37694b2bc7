package org.resilienceroadmap.action;

/**
 * What the action register and {@code GET /actions} filter by; null means "any". {@code overdue}
 * true keeps open actions past their due date.
 */
public record ActionFilter(
        Long jurisdictionId,
        Long strategyId,
        ActionStatus status,
        Boolean overdue,
        Integer essential,
        String hazard,
        String owner,
        Long programmeId) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null, null, null);
    }

    public ActionFilter withOwner(String username) {
        return new ActionFilter(jurisdictionId, strategyId, status, overdue, essential, hazard, username, programmeId);
    }
}
