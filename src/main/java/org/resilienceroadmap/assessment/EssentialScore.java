package org.resilienceroadmap.assessment;

/**
 * The score of one Essential (or, with {@code essential} 0, of the whole scorecard). Unanswered
 * questions are missing, never 0: {@code percent} is the sum over what the answered questions could
 * reach, and is null while nothing is answered; {@code maximum} is what all questions could reach.
 */
public record EssentialScore(
        int essential, int sum, int answeredMaximum, int maximum, int answered, int questions, Double percent) {

    public int missing() {
        return questions - answered;
    }

    static EssentialScore of(int essential, int sum, int answered, int questions, int scaleMax) {
        int answeredMaximum = answered * scaleMax;
        Double percent = answered == 0 ? null : Math.round(1000.0 * sum / answeredMaximum) / 10.0;
        return new EssentialScore(essential, sum, answeredMaximum, questions * scaleMax, answered, questions, percent);
    }
}
