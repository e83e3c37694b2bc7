package org.resilienceroadmap.action;

/** What one action adds to its jurisdiction's tally, or the change of that when its status moves. */
record TallyShare(int actions, int completed, int completedOnTime) {

    static final TallyShare NONE = new TallyShare(0, 0, 0);

    static TallyShare of(ActionStatus status, java.time.LocalDate completedOn, java.time.LocalDate due) {
        if (status == ActionStatus.CANCELLED) {
            return NONE;
        }
        boolean done = ActionFigures.DONE.contains(status);
        boolean onTime = done && completedOn != null && !completedOn.isAfter(due);
        return new TallyShare(1, done ? 1 : 0, onTime ? 1 : 0);
    }

    TallyShare plus(TallyShare other) {
        return new TallyShare(actions + other.actions, completed + other.completed,
                completedOnTime + other.completedOnTime);
    }

    TallyShare minus(TallyShare other) {
        return new TallyShare(actions - other.actions, completed - other.completed,
                completedOnTime - other.completedOnTime);
    }

    boolean isNone() {
        return equals(NONE);
    }
}
