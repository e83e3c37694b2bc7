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
    /** The stage the city entered at (A, B or C), set at joining; a coordinator's validation may move it earlier. */
    public static final String ENTRY_STAGE = "entryStage";
    /** The field of the entry's validation naming the earlier stage a send-back runs the roadmap from. */
    public static final String SEND_BACK_TO = "sendBackTo";
    /**
     * The day a stage was entered, when the step happened before it was recorded here (a data load
     * replaying a city's history); absent, a stage is entered today.
     */
    public static final String STAGE_ENTERED_ON = "stageEnteredOn";

    /** Stage A's work: a call of processes/assessment.bpmn; it completes when the assessment is validated. */
    /** A city that entered at B or C: its chair attaches the prior assessment or the adopted strategy. */
    public static final String TASK_ATTACH_ENTRY_EVIDENCE = "Task_AttachEntryEvidence";
    /** A coordinator accepts the entry's stage or sends the city back to an earlier one. */
    public static final String TASK_VALIDATE_ENTRY = "Task_ValidateEntry";

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
    public static final String OUTCOME_SEND_FOR_VALIDATION = "sendEntry";
    public static final String OUTCOME_ACCEPT_ENTRY = "acceptEntry";
    public static final String OUTCOME_SEND_BACK = "sendBack";

    private RoadmapProcess() {}
}
