package org.resilienceroadmap.roadmap.process;

/**
 * {@code processes/roadmap.bpmn}. Business key: the jurisdiction's id. Variables: those of
 * {@link org.resilienceroadmap.workflow.ProcessVariables}; the stage-entry service tasks carry a
 * local input {@code stage} (A, B or C). Stage-work tasks offer {@code complete}; stage gates
 * offer {@code approve} and {@code return} (a return needs a comment and goes back to the work).
 */
public final class RoadmapProcess {

    public static final String KEY = "roadmap";
    public static final String STAGE = "stage";

    /** Stage A's work: a call of processes/assessment.bpmn; it completes when the assessment is validated. */
    public static final String CALL_STAGE_A_ASSESSMENT = "CallActivity_StageAAssessment";
    public static final String TASK_STAGE_A_GATE = "Task_StageAGate";
    public static final String CALL_STAGE_B_STRATEGY = "CallActivity_StageBStrategy";
    public static final String TASK_STAGE_B_GATE = "Task_StageBGate";
    public static final String TASK_STAGE_C_WORK = "Task_StageCWork";
    public static final String TASK_STAGE_C_GATE = "Task_StageCGate";
    public static final String END_COMPLETED = "EndEvent_RoadmapCompleted";

    public static final String OUTCOME_COMPLETE = "complete";
    public static final String OUTCOME_APPROVE = "approve";
    public static final String OUTCOME_RETURN = "return";

    private RoadmapProcess() {
    }
}
