package org.resilienceroadmap.gate;

/**
 * The rules a computed item checks. {@code number} is the item's parameter where the rule has one:
 * the fewest working-group members, or the days a progress report may wait before it is overdue.
 */
public enum GateRule {
    /** A validated scorecard assessment (any template: preliminary or detailed). */
    VALIDATED_ASSESSMENT(null),
    /** A working group of at least {@code number} people (members and chairs) in the directory. */
    WORKING_GROUP(3),
    /** At least one hazard in the jurisdiction's hazard profile. */
    HAZARDS_RECORDED(null),
    /** An adopted strategy whose adoption record names the adopting body. */
    STRATEGY_ADOPTED(null),
    /** Every Essential 1..10 tied to at least one objective of the adopted strategy. */
    ESSENTIALS_COVERED(null),
    /** At least one action approved (approved, in progress, completed or verified). */
    ACTION_APPROVED(null),
    /** An assessment validated after the stage was entered. */
    NEW_VALIDATED_ASSESSMENT(null),
    /** No progress report the action cycle asked for has waited longer than {@code number} days. */
    PROGRESS_REPORTS_UP_TO_DATE(30);

    private final Integer defaultNumber;

    GateRule(Integer defaultNumber) {
        this.defaultNumber = defaultNumber;
    }

    public Integer defaultNumber() {
        return defaultNumber;
    }

    public boolean hasNumber() {
        return defaultNumber != null;
    }
}
