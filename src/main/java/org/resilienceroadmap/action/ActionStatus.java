package org.resilienceroadmap.action;

/** Where an action stands; {@code processes/action.bpmn} moves it. */
public enum ActionStatus {
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    COMPLETED,
    VERIFIED,
    CANCELLED;

    /** Still to be done: counted for overdue and shown in "my actions". */
    public boolean isOpen() {
        return this == PROPOSED || this == APPROVED || this == IN_PROGRESS;
    }
}
