package org.resilienceroadmap.action;

import java.util.List;
import java.util.Map;

import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.workflow.OpenTask;
import org.resilienceroadmap.workflow.ProcessRuns;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Starts each action's process and hands it what the owner did on the action's page. */
@Component
class ActionRuns {

    private final ProcessRuns runs;

    ActionRuns(ProcessRuns runs) {
        this.runs = runs;
    }

    /** A proposal of its own: the working group reviews it first. */
    void start(Action action, String progressCycle) {
        runs.start(ActionProcess.KEY, String.valueOf(action.getId()), variables(action, progressCycle, false));
    }

    /** A row of a reviewed plan: it goes on with the decision its row got. */
    void startReviewed(Action action, String progressCycle, String by) {
        Map<String, Object> variables = variables(action, progressCycle, true);
        variables.put(ProcessVariables.OUTCOME, action.getPlanDecision().outcome());
        variables.put(ProcessVariables.COMMENT, action.getPlanComment());
        variables.put(ProcessVariables.DECIDED_BY, by);
        runs.start(ActionProcess.KEY, String.valueOf(action.getId()), variables);
    }

    private static Map<String, Object> variables(Action action, String progressCycle, boolean reviewedWithPlan) {
        String id = String.valueOf(action.getId());
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                ProcessVariables.SUBJECT_TYPE,
                ActionService.SUBJECT_TYPE,
                ProcessVariables.SUBJECT_ID,
                id,
                ProcessVariables.JURISDICTION_ID,
                action.getJurisdictionId(),
                ProcessVariables.DECIDED_BY,
                action.getCreatedBy(),
                ActionProcess.PROGRESS_CYCLE,
                progressCycle,
                ActionProcess.REVIEWED_WITH_PLAN,
                reviewedWithPlan));
        return variables;
    }

    /** An imported plan: one review for all its rows. */
    void startPlanReview(PlanReview review) {
        String id = String.valueOf(review.getId());
        runs.start(
                ActionProcess.PLAN_REVIEW_KEY,
                id,
                Map.of(
                        ProcessVariables.SUBJECT_TYPE,
                        ActionPlanReviews.SUBJECT_TYPE,
                        ProcessVariables.SUBJECT_ID,
                        id,
                        ProcessVariables.JURISDICTION_ID,
                        review.getJurisdictionId()));
    }

    /** Every progress-report task the cycle has opened is answered by the report. */
    void progressReported(Long actionId) {
        open(actionId, ActionProcess.TASK_REPORT_PROGRESS).forEach(t -> runs.complete(t.id()));
    }

    void completionClaimed(Long actionId) {
        List<OpenTask> carryOut = open(actionId, ActionProcess.TASK_CARRY_OUT);
        if (carryOut.isEmpty()) {
            throw new ConflictException("The action is not being carried out now (awaiting approval, overdue"
                    + " with the coordinator, or claimed already)");
        }
        runs.complete(carryOut.get(0).id());
    }

    private List<OpenTask> open(Long actionId, String taskKey) {
        return runs.openTasks(ActionProcess.KEY, String.valueOf(actionId), taskKey);
    }
}
