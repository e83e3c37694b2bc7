package org.resilienceroadmap.assessment;

import java.util.List;

/**
 * The scorecard's overall result, both ways a practitioner reads it, each named: the raw points over
 * the answered questions (where Essential 8's nine questions weigh more than Essential 10's two), and
 * the mean of the Essentials' percentages (each Essential weighs the same). Both are computed from the
 * exact values and rounded once, to a tenth; each is null while nothing it needs is answered.
 */
public record OverallResult(
        int points, int ofPoints, Double pointsPercent, Double essentialMean, int essentialsCounted) {

    public static OverallResult of(List<EssentialScore> scores) {
        int points = 0;
        int of = 0;
        double percents = 0;
        int counted = 0;
        for (EssentialScore s : scores) {
            if (s.essential() == 0) {
                continue;
            }
            points += s.sum();
            of += s.answeredMaximum();
            if (s.answeredMaximum() > 0) {
                percents += 100.0 * s.sum() / s.answeredMaximum();
                counted++;
            }
        }
        return new OverallResult(
                points,
                of,
                of == 0 ? null : tenth(100.0 * points / of),
                counted == 0 ? null : tenth(percents / counted),
                counted);
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
