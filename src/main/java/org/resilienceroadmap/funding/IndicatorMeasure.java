package org.resilienceroadmap.funding;

/**
 * The counts an indicator can be bound to instead of typed values, each over the jurisdictions a
 * programme covers (and everything under them). {@code unit} is what the count is in.
 */
public enum IndicatorMeasure {
    /** Jurisdictions that have joined MCR2030. */
    JURISDICTIONS_JOINED("count"),
    /** Jurisdictions now in stage A, B or C of the roadmap. */
    JURISDICTIONS_IN_STAGE_A("count"),
    JURISDICTIONS_IN_STAGE_B("count"),
    JURISDICTIONS_IN_STAGE_C("count"),
    /** Assessments validated by a coordinator. */
    ASSESSMENTS_VALIDATED("count"),
    /** Jurisdictions with an adopted DRR strategy. */
    STRATEGIES_ADOPTED("count"),
    /** Share of covered local governments (cities) with an adopted local DRR strategy: the local counterpart of Sendai E-2. */
    LOCAL_STRATEGIES_SHARE("%"),
    /** Actions completed (claimed complete or verified). */
    ACTIONS_COMPLETED("count"),
    /** Actions completed on or before their due date. */
    ACTIONS_COMPLETED_ON_TIME("count"),
    /** Open actions past their due date. */
    ACTIONS_OVERDUE("count"),
    /** Money disbursed as a share of the programme's committed amount. */
    BUDGET_DISBURSED_SHARE("%");

    private final String unit;

    IndicatorMeasure(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
