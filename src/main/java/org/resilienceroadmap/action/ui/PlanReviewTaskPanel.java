package org.resilienceroadmap.action.ui;

import com.vaadin.flow.component.Component;
import org.resilienceroadmap.action.ActionOptions;
import org.resilienceroadmap.action.ActionPlanReviews;
import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.ui.TaskPanel;

/**
 * The review of an imported plan shows its rows, each with its decision and comment, saved as each is
 * made; the task's own outcome completes the review once every row is decided.
 */
@org.springframework.stereotype.Component
class PlanReviewTaskPanel implements TaskPanel {

    private final ActionPlanReviews reviews;
    private final ActionOptions options;

    PlanReviewTaskPanel(ActionPlanReviews reviews, ActionOptions options) {
        this.reviews = reviews;
        this.options = options;
    }

    @Override
    public boolean supports(TaskItem task) {
        return ActionProcess.PLAN_REVIEW_KEY.equals(task.processKey());
    }

    @Override
    public Component create(TaskItem task) {
        return new PlanReviewRows(reviews, options, Long.valueOf(task.subjectId()));
    }
}
