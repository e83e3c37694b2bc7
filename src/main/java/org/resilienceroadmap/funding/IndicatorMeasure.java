package org.resilienceroadmap.funding;

/**
 * The counts an indicator can be bound to instead of typed values, each over the jurisdictions a
 * programme covers (and everything under them). {@code unit} is what the count is in; {@code direction}
 * the way it improves unless the indicator says otherwise. Jurisdiction counts are of local governments
 * (cities and municipalities), whose membership MCR2030 is: countries and regions are shown apart.
 */
public enum IndicatorMeasure {
    /** Local governments that have joined MCR2030. */
    JURISDICTIONS_JOINED("count"),
    /** Local governments now in stage A, B or C of the roadmap. */
    JURISDICTIONS_IN_STAGE_A("count"),
    JURISDICTIONS_IN_STAGE_B("count"),
    JURISDICTIONS_IN_STAGE_C("count"),
    /** Assessments validated by a coordinator. */
    ASSESSMENTS_VALIDATED("count"),
    /** Jurisdictions with an adopted DRR strategy. */
    STRATEGIES_ADOPTED("count"),
    /**
     * Share of covered local governments (cities) with an adopted local DRR strategy: the local counterpart
     * of Sendai E-2. The indicator may count only strategies covering all Ten Essentials.
     */
    LOCAL_STRATEGIES_SHARE("%"),
    /** Actions whose completion a coordinator verified. */
    ACTIONS_COMPLETED("count"),
    /** Verified completions on or before the due date in force when the action was approved. */
    ACTIONS_COMPLETED_ON_TIME("count"),
    /** Verified completions late against the approved due date but on time against an extended one. */
    ACTIONS_COMPLETED_AFTER_EXTENSION("count"),
    /** Completions claimed and awaiting verification. */
    ACTIONS_CLAIMED("count"),
    /** Approved, unfinished actions past their due date. */
    ACTIONS_OVERDUE("count", IndicatorDirection.LOWER),
    /** Money disbursed as a share of the programme's committed amount. */
    BUDGET_DISBURSED_SHARE("%");

    private final String unit;
    private final IndicatorDirection direction;

    IndicatorMeasure(String unit) {
        this(unit, IndicatorDirection.HIGHER);
    }

    IndicatorMeasure(String unit, IndicatorDirection direction) {
        this.unit = unit;
        this.direction = direction;
    }

    public String unit() {
        return unit;
    }

    /** The way this count improves when the indicator does not say. */
    public IndicatorDirection direction() {
        return direction;
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }

    /** Whether an indicator of this measure can count only strategies covering all Ten Essentials. */
    public boolean readsEssentials() {
        return this == LOCAL_STRATEGIES_SHARE;
    }
}
