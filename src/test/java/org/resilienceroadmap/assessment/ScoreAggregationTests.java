package org.resilienceroadmap.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Scores checked against figures computed by hand; unanswered questions are missing, never 0. */
class ScoreAggregationTests {

    private static final ScorecardTemplate TEMPLATE = new ScorecardTemplate(
            "test-card",
            "1",
            Map.of("en", "T"),
            "test",
            true,
            new ScorecardTemplate.Scale(0, 3),
            List.of(
                    new EssentialSection(1, List.of(q("P1.1"), q("P1.2"), q("P1.3"))),
                    new EssentialSection(2, List.of(q("P2.1"), q("P2.2"))),
                    new EssentialSection(3, List.of(q("P3.1")))));

    @Test
    void sumsAnsweredQuestionsAndLeavesTheUnansweredOut() {
        List<EssentialScore> scores = ScoreAggregation.of(TEMPLATE, Map.of("P1.1", 3, "P1.2", 1, "P2.1", 0, "P2.2", 2));

        // Essential 1: 3 + 1 of 2 × 3 = 6 → 66.7 %; P1.3 missing; all three could reach 9.
        assertThat(scores.get(0)).isEqualTo(new EssentialScore(1, 4, 6, 9, 2, 3, 66.7));
        assertThat(scores.get(0).missing()).isEqualTo(1);
        // Essential 2: 0 + 2 of 6 → 33.3 %; a score of 0 is an answer, not a gap in the data.
        assertThat(scores.get(1)).isEqualTo(new EssentialScore(2, 2, 6, 6, 2, 2, 33.3));
        // Essential 3: nothing answered: no percent at all rather than 0 %.
        assertThat(scores.get(2)).isEqualTo(new EssentialScore(3, 0, 0, 3, 0, 1, null));
        // Overall: 6 of 4 × 3 = 12 → 50 %; of all six questions 18 could be reached.
        assertThat(scores.get(3)).isEqualTo(new EssentialScore(0, 6, 12, 18, 4, 6, 50.0));
    }

    @Test
    void acrossManyAssessmentsAnAnswerToAQuestionTheTemplateNoLongerHasIsLeftOut() {
        Map<String, Integer> answers = Map.of("P1.1", 3, "P1.9", 2);
        assertThatThrownBy(() -> ScoreAggregation.of(TEMPLATE, answers)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoreAggregation.ofKnown(TEMPLATE, answers))
                .isEqualTo(ScoreAggregation.of(TEMPLATE, Map.of("P1.1", 3)));
    }

    @Test
    void theOverallResultNamesTheRawPointsAndTheMeanOfTheEssentialsSideBySide() {
        // Essential 1 fully answered 9 of 9 (100 %), Essential 2 0 of 6 (0 %), Essential 3 1 of 3 (33.3 %):
        // 10 of 18 points is 55.6 %, but each Essential weighing the same gives (100 + 0 + 33.33…) / 3 = 44.4 %.
        List<EssentialScore> scores =
                ScoreAggregation.of(TEMPLATE, Map.of("P1.1", 3, "P1.2", 3, "P1.3", 3, "P2.1", 0, "P2.2", 0, "P3.1", 1));
        OverallResult overall = OverallResult.of(scores);
        assertThat(overall.points()).isEqualTo(10);
        assertThat(overall.ofPoints()).isEqualTo(18);
        assertThat(overall.pointsPercent()).isEqualTo(55.6);
        assertThat(overall.essentialMean())
                .as("rounded once, from the exact percentages")
                .isEqualTo(44.4);
        assertThat(overall.essentialsCounted()).isEqualTo(3);

        OverallResult unanswered = OverallResult.of(ScoreAggregation.of(TEMPLATE, Map.of("P1.1", 1)));
        assertThat(unanswered.essentialsCounted())
                .as("an unanswered Essential is not a 0 in the mean")
                .isEqualTo(1);
        assertThat(unanswered.essentialMean()).isEqualTo(33.3);
    }

    @Test
    void refusesScoresOutsideTheScaleAndUnknownQuestions() {
        assertThatThrownBy(() -> ScoreAggregation.of(TEMPLATE, Map.of("P1.1", 4)))
                .hasMessageContaining("P1.1");
        assertThatThrownBy(() -> ScoreAggregation.of(TEMPLATE, Map.of("P9.9", 1)))
                .hasMessageContaining("P9.9");
    }

    private static ScorecardQuestion q(String code) {
        return new ScorecardQuestion(
                code, Map.of("en", "Topic " + code), List.of(level(0), level(1), level(2), level(3)));
    }

    private static ScorecardQuestion.ScoreLevel level(int score) {
        return new ScorecardQuestion.ScoreLevel(score, Map.of("en", "level " + score));
    }
}
