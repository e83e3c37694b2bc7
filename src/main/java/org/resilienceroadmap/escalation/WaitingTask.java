package org.resilienceroadmap.escalation;

/**
 * A coordinator's task that waits: its process ({@code roadmap}), its element in the model
 * ({@code Task_StageAGate}), the engine's task id (the notice links to it), and the process's subject and city.
 */
public record WaitingTask(
        String processKey, String taskKey, String taskId, String subjectType, String subjectId, Long jurisdictionId) {

    /** The notice's key for this step and task: one sentence per task, so each reads in the reader's language. */
    String noticeKey(String step) {
        return "notice.escalation." + step + "." + processKey + "." + taskKey;
    }
}
