package org.resilienceroadmap.portfolio.comparison;

/** How an Essential's score moved since the city's previous validated assessment on the same scorecard. */
public enum Change {
    /** No previous validated assessment, or a score missing on either side: nothing to compare. */
    NONE,
    UP,
    DOWN,
    SAME
}
