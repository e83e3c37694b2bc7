package org.resilienceroadmap.action.process;

/**
 * {@code processes/action.bpmn}: one action from its proposal to its verification. Business key and
 * {@code subjectId}: the action's id. Besides {@link org.resilienceroadmap.workflow.ProcessVariables}:
 * <ul>
 * <li>{@code progressCycle}: the ISO-8601 repeating interval of progress-report tasks ({@code R/P3M});</li>
 * <li>{@code newDueDate}: with the coordinator's {@code extend} of an overdue action, the new due date;</li>
 * <li>{@code reviewedWithPlan}, the approval table's inputs and outputs and {@code approvalLevel}: see the constants.</li>
 * </ul>
 * The due-date timer reads the action's current due date when implementation (re)starts.
 */
public final class ActionProcess {

    public static final String KEY = "action";
    /** {@code processes/action-plan-review.bpmn}: an imported plan reviewed as one. */
    public static final String PLAN_REVIEW_KEY = "action-plan-review";

    public static final String TASK_REVIEW_PLAN = "Task_ReviewPlan";
    /** Whether the action was reviewed with its imported plan; then {@code outcome} holds its row's decision. */
    public static final String REVIEWED_WITH_PLAN = "reviewedWithPlan";
    /** The approval table's decision: {@code approvers} (levels, comma-separated, or "none") and {@code tellDonor}. */
    public static final String APPROVERS = "approvers";

    public static final String TELL_DONOR = "tellDonor";
    public static final String NEEDS_APPROVAL = "needsApproval";
    public static final String APPROVAL_LEVEL = "approvalLevel";
    /** The matched rule's id and the evaluated table version's definition id, captured when the table decides. */
    public static final String APPROVAL_RULE_ID = "approvalRuleId";

    public static final String APPROVAL_TABLE_ID = "approvalTableId";
    public static final String DECISION_KEY = "action-approval";
    public static final String TASK_REVIEW = "Task_ReviewAction";
    public static final String TASK_REVISE = "Task_ReviseAction";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String PROGRESS_CYCLE = "progressCycle";
    public static final String NEW_DUE_DATE = "newDueDate";

    public static final String TASK_APPROVE = "Task_ApproveAction";
    public static final String TASK_CARRY_OUT = "Task_CarryOut";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdue";
    public static final String TASK_VERIFY = "Task_VerifyAction";
    public static final String SUBPROCESS_IMPLEMENTATION = "SubProcess_Implementation";
    public static final String END_VERIFIED = "EndEvent_Verified";
    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_CANCELLED = "EndEvent_Cancelled";

    private ActionProcess() {}

    /** The subject's id: the action's, or the plan review's in action-plan-review.bpmn. */
    static Long actionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return org.resilienceroadmap.workflow.ProcessVariables.subjectId(scope);
    }
}
