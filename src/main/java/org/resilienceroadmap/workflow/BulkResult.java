package org.resilienceroadmap.workflow;

/**
 * What became of one task of a bulk decision or claim: done, or refused with the reason. {@code heldBy}
 * names who holds the task when someone else had it first; {@code message} is the refusal as the
 * single call would have given it.
 */
public record BulkResult(String taskId, Refusal refusal, String heldBy, String message) {

    /** Why a task of a bulk request was not done, with the answer the single call gives for it. */
    public enum Refusal {
        /** Someone else holds the task. */
        TAKEN(409),
        /** Someone else completed it meanwhile. */
        GONE(409),
        /** Two requests acted on it at the same instant; trying again may succeed. */
        CONFLICT(409),
        /** The caller may not act on it: not a candidate, or a rule of the process (four-eyes) refuses them. */
        NOT_ALLOWED(403),
        /** No such task, or not the caller's to see. */
        NOT_FOUND(404),
        /** The task does not take this outcome, or needs what the request lacks (a comment, a field). */
        INVALID(400),
        /** Anything else went wrong with this task; the others are not affected. */
        FAILED(500);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static BulkResult done(String taskId) {
        return new BulkResult(taskId, null, null, null);
    }

    public boolean isDone() {
        return refusal == null;
    }

    /** The HTTP status the single call would have answered. */
    public int status() {
        return refusal == null ? 200 : refusal.status();
    }
}
