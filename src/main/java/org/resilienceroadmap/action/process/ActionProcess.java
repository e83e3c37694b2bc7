package org.resilienceroadmap.action.process;

/**
 * {@code processes/action.bpmn}: one action from its proposal to its verification. Business key and
 * {@code subjectId}: the action's id. Besides {@link org.resilienceroadmap.workflow.ProcessVariables}:
 * <ul>
 * <li>{@code progressCycle}: the ISO-8601 repeating interval of progress-report tasks ({@code R/P3M});</li>
 * <li>{@code newDueDate}: with the coordinator's {@code extend} of an overdue action, the new due date.</li>
 * </ul>
 * The due-date timer reads the action's current due date when implementation (re)starts.
 */
public final class ActionProcess {

    public static final String KEY = "action";
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

    private ActionProcess() {
    }

    static Long actionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
        return Long.valueOf((String) scope.getVariable(org.resilienceroadmap.workflow.ProcessVariables.SUBJECT_ID));
    }
}
