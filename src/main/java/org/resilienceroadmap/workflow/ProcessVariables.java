package org.resilienceroadmap.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variable contract every process keeps: ids and decisions only, never entities.
 * <ul>
 * <li>{@code subjectType}, {@code subjectId}: what the process is about (also its business key);</li>
 * <li>{@code jurisdictionId}: whose work it is, for scope checks and candidate groups;</li>
 * <li>{@code outcome}, {@code comment}, {@code decidedBy}: the last completed task's decision.</li>
 * </ul>
 */
public final class ProcessVariables {

    public static final String SUBJECT_TYPE = "subjectType";
    public static final String SUBJECT_ID = "subjectId";
    public static final String JURISDICTION_ID = "jurisdictionId";
    public static final String OUTCOME = "outcome";
    public static final String COMMENT = "comment";
    public static final String DECIDED_BY = "decidedBy";

    private ProcessVariables() {}

    /** The id of the process's subject; kept as text because it is the business key too. */
    public static Long subjectId(VariableScope scope) {
        return Long.valueOf((String) scope.getVariable(SUBJECT_ID));
    }
}
