package org.resilienceroadmap.action;

/**
 * Actions of one jurisdiction counted for monitoring (cancelled ones are left out). {@code completed}
 * counts verified completions only; {@code claimed} the completions claimed and awaiting verification.
 * {@code completedOnTime}: verified and completed by the due date in force at approval;
 * {@code onTimeAfterExtension}: verified and completed later than that but by an extended due date.
 * {@code overdue}: approved, unfinished and past the due date.
 */
public record ActionCounts(
        Long jurisdictionId,
        long actions,
        long completed,
        long completedOnTime,
        long overdue,
        long claimed,
        long onTimeAfterExtension) {

    public ActionCounts(Long jurisdictionId, long actions, long completed, long completedOnTime, long overdue) {
        this(jurisdictionId, actions, completed, completedOnTime, overdue, 0, 0);
    }
}
