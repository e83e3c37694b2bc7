package org.resilienceroadmap.action;

import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.strategy.StrategyService;
import org.springframework.stereotype.Component;

/** Who may see an action (its jurisdiction in scope) and who may change it (its owner or working group). */
@Component
class ActionAccess {

    private final ActionRepository actions;
    private final StrategyService strategies;

    ActionAccess(ActionRepository actions, StrategyService strategies) {
        this.actions = actions;
        this.strategies = strategies;
    }

    Action visible(UserScope me, Long actionId) {
        Action action = actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        if (!me.sees(action.getJurisdictionId())) {
            throw new NotFoundException("Action", actionId);
        }
        return action;
    }

    Action editable(UserScope me, Long actionId) {
        Action action = visible(me, actionId);
        if (!me.username().equals(action.getOwner()) && !strategies.isWorkingGroupOf(me, action.getJurisdictionId())) {
            throw new ForbiddenException(Refusal.of("refusal.action.onlyOwnerReports"));
        }
        return action;
    }
}
