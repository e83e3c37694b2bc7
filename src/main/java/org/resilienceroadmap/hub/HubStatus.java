package org.resilienceroadmap.hub;

/** Where a hub application or designation stands. */
public enum HubStatus {
    /** Waiting for the national coordinator's recommendation (first application or renewal). */
    APPLIED,
    /** Sent back to the chair for changes. */
    CHANGES_REQUESTED,
    /** Recommended by the coordinator, waiting for an administrator's designation. */
    RECOMMENDED,
    /** A Resilience Hub for its term. */
    DESIGNATED,
    /** The application was declined; the process ended. */
    DECLINED,
    /** The term ended without renewal; the city is no longer a hub. */
    LAPSED
}
