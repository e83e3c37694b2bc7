package org.resilienceroadmap.strategy;

/** Where a strategy stands; the strategy-review process moves it, the service refuses what a state forbids. */
public enum StrategyState {
    DRAFTING,
    IN_REVIEW,
    CHANGES_REQUESTED,
    AWAITING_APPROVAL,
    APPROVED,
    ADOPTED;

    /** The working group may edit the draft only while nobody is reviewing or approving it. */
    public boolean isEditable() {
        return this == DRAFTING || this == CHANGES_REQUESTED;
    }

    public boolean isInProgress() {
        return this != ADOPTED;
    }
}
