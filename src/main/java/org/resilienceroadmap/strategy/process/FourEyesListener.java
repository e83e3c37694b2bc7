package org.resilienceroadmap.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.resilienceroadmap.shared.error.ForbiddenException;
import org.resilienceroadmap.shared.error.Refusal;
import org.resilienceroadmap.strategy.StrategyReviewSteps;
import org.resilienceroadmap.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Four-eyes in the engine: the approval task refuses to be claimed or completed by an author or the
 * submitter of the version, whichever way the request arrives (inbox, API, engine calls).
 */
@Component("fourEyesApproval")
class FourEyesListener implements TaskListener {

    private final StrategyReviewSteps steps;

    FourEyesListener(StrategyReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        // An approval completed without a claim still names its approver (the inbox always claims first).
        String approver = task.getAssignee() != null
                ? task.getAssignee()
                : (String) task.getVariable(ProcessVariables.DECIDED_BY);
        if ("complete".equals(task.getEventName()) && approver == null) {
            throw new ForbiddenException(Refusal.of("refusal.review.namedApprover"));
        }
        steps.requireIndependentApprover(
                StrategyReviewProcess.strategyId(task), StrategyReviewProcess.versionNumber(task), approver);
    }
}
