package org.resilienceroadmap.portfolio.comparison;

/**
 * One city's score on one Essential (0 for the whole scorecard) in percent of what its answered
 * questions could reach, null when none was answered; the previous validated assessment's beside it.
 */
public record EssentialCell(int essential, Double percent, Double previousPercent, Change change) {

    static EssentialCell of(int essential, Double percent, Double previousPercent) {
        Change change = percent == null || previousPercent == null
                ? Change.NONE
                : percent > previousPercent ? Change.UP : percent < previousPercent ? Change.DOWN : Change.SAME;
        return new EssentialCell(essential, percent, previousPercent, change);
    }
}
