package org.resilienceroadmap.roadmap;

/** A coordinator's validation of an entry at stage B or C. */
public enum EntryDecision {
    /** The roadmap runs from the stage the city asked for. */
    ACCEPTED,
    /** The evidence does not carry the stage: the roadmap runs from the earlier stage the coordinator named. */
    SENT_BACK
}
