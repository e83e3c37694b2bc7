package org.resilienceroadmap.publication.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.resilienceroadmap.workflow.ProcessVariables;

/**
 * {@code processes/city-publication.bpmn}: a chair's proposal to publish the city's public page, the
 * coordinator's approval, and the page's withdrawal. Business key and {@code subjectId}: the publication
 * record's id; {@code jurisdictionId}: the city. A withdrawal by the chair or a coordinator, while the page
 * is proposed or published, arrives as the message {@link #MESSAGE_WITHDRAWN} with {@code decidedBy}.
 */
public final class CityPublicationProcess {

    public static final String KEY = "city-publication";
    public static final String MESSAGE_WITHDRAWN = "city-publication-withdrawn";

    public static final String TASK_APPROVE = "Task_Approve";
    public static final String WAIT_PUBLISHED = "Task_Published";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

    private CityPublicationProcess() {}

    static Long publicationId(VariableScope scope) {
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
