package org.resilienceroadmap.funding;

/**
 * Which way an indicator improves: more is better (cities joined, actions completed) or less is better
 * (overdue actions, people affected). IATI's {@code ascending} and the dashboard's colours follow it.
 */
public enum IndicatorDirection {
    HIGHER,
    LOWER
}
