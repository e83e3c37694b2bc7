package org.resilienceroadmap.funding;

/** Where a donor report stands; {@code processes/donor-report.bpmn} moves it. */
public enum ReportState {
    /** Compiled from live data, waiting for a coordinator's sign-off (the narrative may be edited). */
    AWAITING_SIGN_OFF,
    /** Signed off and sent: the donor has an immutable submission to acknowledge or query. */
    SUBMITTED,
    /** The donor asked a question; the coordinator answers with a revised submission. */
    QUERIED,
    ACKNOWLEDGED
}
