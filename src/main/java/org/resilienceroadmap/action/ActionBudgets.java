package org.resilienceroadmap.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions with their budgets and progress, read in one query for a programme's money: by the
 * jurisdictions it covers or by the actions money was allocated to. The caller has checked that
 * the reader may see them: this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class ActionBudgets {

    private static final Sort ORDER = Sort.by("jurisdictionId", "startDate", "id");

    private final ActionRepository actions;

    ActionBudgets(ActionRepository actions) {
        this.actions = actions;
    }

    public List<BudgetedAction> inJurisdictions(Collection<Long> jurisdictionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return actions.findAll((root, q, cb) -> root.get("jurisdictionId").in(jurisdictionIds), ORDER).stream()
                .map(BudgetedAction::of)
                .toList();
    }

    /** The actions of these jurisdictions that name the programme as their funder or are among {@code actionIds}. */
    public List<BudgetedAction> funded(Collection<Long> jurisdictionIds, Long programmeId, Collection<Long> actionIds) {
        if (jurisdictionIds.isEmpty()) {
            return List.of();
        }
        return actions
                .findAll(
                        (root, q, cb) -> cb.and(
                                root.get("jurisdictionId").in(jurisdictionIds),
                                actionIds.isEmpty()
                                        ? cb.equal(root.get("programmeId"), programmeId)
                                        : cb.or(
                                                cb.equal(root.get("programmeId"), programmeId),
                                                root.get("id").in(actionIds))),
                        ORDER)
                .stream()
                .map(BudgetedAction::of)
                .toList();
    }

    public List<BudgetedAction> withIds(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return actions.findAll((root, q, cb) -> root.get("id").in(actionIds), ORDER).stream()
                .map(BudgetedAction::of)
                .toList();
    }
}
