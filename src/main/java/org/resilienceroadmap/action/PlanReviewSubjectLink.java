package org.resilienceroadmap.action;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An imported plan's review is done on its task page, row by row; it belongs to its strategy's plan. */
@Component
class PlanReviewSubjectLink implements TaskSubjectLink {

    private final PlanReviewRepository reviews;
    private final ActionRepository actions;
    private final MessageSource messages;

    PlanReviewSubjectLink(PlanReviewRepository reviews, ActionRepository actions, MessageSource messages) {
        this.reviews = reviews;
        this.actions = actions;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return ActionPlanReviews.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        Long id = Long.valueOf(subjectId);
        return reviews.findById(id)
                .map(r -> messages.getMessage(
                        "planReview.subject", new Object[] {r.getFileName(), actions.countByPlanReviewId(id)}, locale))
                .orElse(subjectId);
    }

    @Override
    public String route(TaskItem task) {
        return "tasks/" + task.id();
    }

    @Override
    public Optional<SubjectRef> partOf(String subjectId) {
        return reviews.findById(Long.valueOf(subjectId))
                .map(r -> new SubjectRef(StrategyService.SUBJECT_TYPE, String.valueOf(r.getStrategyId())));
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/action-plan-reviews/" + task.subjectId());
    }
}
