package org.resilienceroadmap.action.api;

import org.resilienceroadmap.action.ActionFilter;
import org.resilienceroadmap.action.ActionStatus;

/**
 * The register's filters as the query string names them ({@code ?jurisdictionId=…&status=…}), all
 * optional: one parameter object for the register and both of its exports, so the three cannot drift.
 */
record RegisterQuery(
        Long jurisdictionId,
        Long strategyId,
        ActionStatus status,
        Boolean overdue,
        Integer essential,
        String hazard,
        String owner,
        Long programmeId) {

    ActionFilter filter() {
        return new ActionFilter(jurisdictionId, strategyId, status, overdue, essential, hazard, owner, programmeId);
    }
}
