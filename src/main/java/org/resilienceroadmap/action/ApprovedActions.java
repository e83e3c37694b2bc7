package org.resilienceroadmap.action;

import java.util.EnumSet;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of a jurisdiction's actions got past their approval, for the roadmap's gate checklist.
 * Without a scope check: the checklist asks inside the engine, for a jurisdiction checked first.
 */
@Service
public class ApprovedActions {

    private static final EnumSet<ActionStatus> APPROVED =
            EnumSet.of(ActionStatus.APPROVED, ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED, ActionStatus.VERIFIED);

    private final ActionRepository actions;

    ApprovedActions(ActionRepository actions) {
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public long count(Long jurisdictionId) {
        Specification<Action> approved = (root, query, cb) -> cb.and(
                cb.equal(root.get("jurisdictionId"), jurisdictionId),
                root.get("status").in(APPROVED));
        return actions.count(approved);
    }
}
