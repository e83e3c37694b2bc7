package org.resilienceroadmap.strategy.process;

/**
 * {@code processes/strategy-review.bpmn}: one strategy from its first submitted version to its
 * adoption. Business key and {@code subjectId}: the strategy's id. Besides
 * {@link org.resilienceroadmap.workflow.ProcessVariables}:
 * <ul>
 * <li>{@code versionNumber}: the version under review (set by each submission);</li>
 * <li>{@code reviewers}: its reviewers' usernames, comma-separated; {@code reviewer} in each review task;</li>
 * <li>{@code reviewDue}, {@code reviewReminderAt}: ISO-8601 instants of the due date and the reminder;</li>
 * <li>{@code strategyUnderWay}: set when the roadmap's stage B finds the jurisdiction's strategy already
 * in review in a process of its own; the roadmap then waits for that one's adoption.</li>
 * </ul>
 */
public final class StrategyReviewProcess {

    public static final String KEY = "strategy-review";
    public static final String VERSION_NUMBER = "versionNumber";
    public static final String REVIEWERS = "reviewers";
    public static final String REVIEWER = "reviewer";
    public static final String REVIEW_DUE = "reviewDue";
    public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
    public static final String STRATEGY_UNDER_WAY = "strategyUnderWay";
    public static final String MESSAGE_ADOPTED = "strategy-adopted";

    public static final String TASK_DRAFT = "Task_DraftStrategy";
    public static final String TASK_REVIEW = "Task_ReviewVersion";
    public static final String TASK_CONSOLIDATE = "Task_ConsolidateReview";
    public static final String TASK_APPROVE = "Task_ApproveStrategy";
    public static final String TASK_RECORD_ADOPTION = "Task_RecordAdoption";
    public static final String END_ADOPTED = "EndEvent_Adopted";

    private StrategyReviewProcess() {}

    static Long strategyId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return org.resilienceroadmap.workflow.ProcessVariables.subjectId(scope);
    }

    static int versionNumber(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return ((Number) scope.getVariable(VERSION_NUMBER)).intValue();
    }
}
