package org.resilienceroadmap.hub.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.resilienceroadmap.workflow.ProcessVariables;

/**
 * {@code processes/resilience-hub.bpmn}: one city's hub application, its designation, its terms and their
 * end. Business key and {@code subjectId}: the hub record's id; {@code jurisdictionId}: the applying city.
 * The chair's renewal arrives as the message {@link #MESSAGE_RENEWAL}.
 */
public final class ResilienceHubProcess {

    public static final String KEY = "resilience-hub";
    public static final String MESSAGE_RENEWAL = "hub-renewal-applied";

    public static final String TASK_RECOMMEND = "Task_Recommend";
    public static final String TASK_REVISE = "Task_Revise";
    public static final String TASK_DESIGNATE = "Task_Designate";
    public static final String WAIT_TERM = "Task_AwaitRenewal";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String TIMER_TERM_ENDS = "Timer_TermEnds";
    public static final String TIMER_TERM_RUNS_OUT = "Timer_TermRunsOut";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_LAPSED = "EndEvent_Lapsed";

    private ResilienceHubProcess() {}

    static Long hubId(VariableScope scope) {
        return ProcessVariables.subjectId(scope);
    }

    static String decidedBy(VariableScope scope) {
        Object by = scope.getVariable(ProcessVariables.DECIDED_BY);
        return by == null ? "engine" : by.toString();
    }

    static String comment(VariableScope scope) {
        Object c = scope.getVariable(ProcessVariables.COMMENT);
        return c == null ? null : c.toString();
    }
}
