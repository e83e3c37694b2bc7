package org.resilienceroadmap.action;

import java.time.LocalDate;

/**
 * What one action adds to its jurisdiction's tally, or the change of that when its status moves. A
 * completion counts once it is verified; a claim awaiting verification is counted apart. On time means
 * completed by the due date in force when the action was approved; completed after that but by an
 * extended due date is "on time after extension".
 */
record TallyShare(int actions, int completed, int completedOnTime, int claimed, int onTimeAfterExtension) {

    static final TallyShare NONE = new TallyShare(0, 0, 0, 0, 0);

    static TallyShare of(ActionStatus status, LocalDate completedOn, LocalDate approvedDue, LocalDate due) {
        if (status == ActionStatus.CANCELLED) {
            return NONE;
        }
        boolean verified = status == ActionStatus.VERIFIED;
        LocalDate promised = approvedDue == null ? due : approvedDue;
        boolean onTime = verified && completedOn != null && !completedOn.isAfter(promised);
        boolean afterExtension = verified && completedOn != null && !onTime && !completedOn.isAfter(due);
        return new TallyShare(
                1, verified ? 1 : 0, onTime ? 1 : 0, status == ActionStatus.COMPLETED ? 1 : 0, afterExtension ? 1 : 0);
    }

    TallyShare plus(TallyShare other) {
        return new TallyShare(
                actions + other.actions,
                completed + other.completed,
                completedOnTime + other.completedOnTime,
                claimed + other.claimed,
                onTimeAfterExtension + other.onTimeAfterExtension);
    }

    TallyShare minus(TallyShare other) {
        return new TallyShare(
                actions - other.actions,
                completed - other.completed,
                completedOnTime - other.completedOnTime,
                claimed - other.claimed,
                onTimeAfterExtension - other.onTimeAfterExtension);
    }

    boolean isNone() {
        return equals(NONE);
    }
}
