package org.resilienceroadmap.assessment.process;

/**
 * {@code processes/assessment.bpmn}. Business key and {@code subjectId}: the assessment's id.
 * Besides {@link org.resilienceroadmap.workflow.ProcessVariables}:
 * <ul>
 * <li>{@code essentialsToScore}: the Essentials of the next scoring round, comma-separated ("1,2,3");</li>
 * <li>{@code essential}: in each scoring task, the Essential it is for;</li>
 * <li>{@code returnEssentials}: with the coordinator's {@code return}, the Essentials to score again
 * (comma-separated); empty returns the assessment to the chair's consolidation;</li>
 * <li>{@code returnNotes}: with it, the coordinator's comment per returned Essential
 * ({@link org.resilienceroadmap.assessment.ReturnNotes}), which the scorers read again.</li>
 * </ul>
 */
public final class AssessmentProcess {

    public static final String KEY = "assessment";
    public static final String ESSENTIALS_TO_SCORE = "essentialsToScore";
    public static final String ESSENTIAL = "essential";
    public static final String RETURN_ESSENTIALS = "returnEssentials";
    public static final String RETURN_NOTES = "returnNotes";

    public static final String TASK_ASSIGN = "Task_AssignEssentials";
    public static final String TASK_SCORE = "Task_ScoreEssential";
    public static final String TASK_CONSOLIDATE = "Task_Consolidate";
    public static final String TASK_VALIDATE = "Task_Validate";
    public static final String END_VALIDATED = "EndEvent_Validated";

    private AssessmentProcess() {}

    static Long assessmentId(org.camunda.bpm.engine.delegate.VariableScope execution) {
        return org.resilienceroadmap.workflow.ProcessVariables.subjectId(execution);
    }
}
