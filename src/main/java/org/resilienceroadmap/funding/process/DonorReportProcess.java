package org.resilienceroadmap.funding.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.resilienceroadmap.workflow.ProcessVariables;

/**
 * {@code processes/donor-report.bpmn}: the reports of one programme, one after another, until one
 * covers the programme's last day. Business key: the programme's id. Variables besides
 * {@link ProcessVariables}: {@code programmeId}; {@code openedOn} (ISO date reporting began);
 * {@code subjectId} names the report in hand once compiled.
 */
public final class DonorReportProcess {

    public static final String KEY = "donor-report";
    public static final String PROGRAMME_ID = "programmeId";
    public static final String OPENED_ON = "openedOn";
    public static final String MESSAGE_REQUESTED = "donor-report-requested";

    public static final String TASK_SIGN_OFF = "Task_SignOff";
    public static final String TASK_DONOR_RESPONSE = "Task_DonorResponse";
    public static final String TIMER_DUE = "Timer_ReportDue";
    /** Where the process waits for the next report: its due date or a request, whichever comes first. */
    public static final String GATEWAY_WAIT = "Gateway_WaitForReport";

    public static final String END_FINAL = "EndEvent_FinalReport";

    private DonorReportProcess() {}

    static Long reportId(VariableScope scope) {
        return ProcessVariables.subjectId(scope);
    }

    static Long programmeId(VariableScope scope) {
        return ((Number) scope.getVariable(PROGRAMME_ID)).longValue();
    }

    static String decidedBy(VariableScope scope) {
        Object by = scope.getVariable(ProcessVariables.DECIDED_BY);
        return by == null ? "engine" : by.toString();
    }
}
