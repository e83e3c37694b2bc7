package org.resilienceroadmap.assessment;

/** Where an assessment stands; the assessment process moves it. */
public enum AssessmentState {
    /** Opened by the chair, who assigns the Essentials to scorers. */
    DRAFT,
    /** Members score their Essentials. */
    SCORING,
    /** The chair consolidates findings and recommendations. */
    CONSOLIDATION,
    /** A coordinator validates or returns it. */
    IN_VALIDATION,
    /** Validated: the assessment and its scores no longer change. */
    VALIDATED
}
