package org.resilienceroadmap.action;

/** The working group's decision on a proposed action: into the plan, back to its proposer, or out. */
public enum PlanDecision {
    ACCEPT,
    CHANGE,
    DECLINE;

    /** The outcome of the review task that means this decision ({@code accept}, {@code change}, {@code decline}). */
    public String outcome() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
