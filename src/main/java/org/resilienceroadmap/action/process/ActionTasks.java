package org.resilienceroadmap.action.process;

import java.util.List;

import org.resilienceroadmap.action.ActionSteps;
import org.resilienceroadmap.action.ApprovalRoute;
import org.springframework.stereotype.Component;

/**
 * Expressions of action.bpmn: the owner, the proposer, the named reviewers, the approval levels and
 * the current due instant (public: the engine calls it by reflection).
 */
@Component("actionTasks")
public class ActionTasks {

    private final ActionSteps steps;

    ActionTasks(ActionSteps steps) {
        this.steps = steps;
    }

    public String owner(String actionId) {
        return steps.ownerOf(Long.valueOf(actionId));
    }

    public String proposer(String actionId) {
        return steps.proposerOf(Long.valueOf(actionId));
    }

    /** The members the chair named to review the plan's proposals; the chairs are candidates anyway. */
    public List<String> reviewers(String actionId) {
        return steps.reviewersOf(Long.valueOf(actionId));
    }

    /** The levels that approve in order, from the table's {@code approvers} ("national,regional"). */
    public List<String> levels(String approvers) {
        return new ApprovalRoute(approvers, false, null, null, null).levelList();
    }

    public String dueAt(String actionId) {
        return steps.dueAt(Long.valueOf(actionId));
    }
}
