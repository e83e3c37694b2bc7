package org.resilienceroadmap.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores per Essential and overall from the answers given so far (question code → score). */
public final class ScoreAggregation {

    private ScoreAggregation() {}

    /**
     * As {@link #of}, for figures read across many assessments (portfolio, comparison, public page): an
     * answer to a question the template no longer has (a newer version of it) is left out, not an error.
     */
    public static List<EssentialScore> ofKnown(ScorecardTemplate template, Map<String, Integer> answers) {
        Map<String, Integer> known = new java.util.HashMap<>();
        answers.forEach((code, score) -> {
            if (template.question(code).isPresent()) {
                known.put(code, score);
            }
        });
        return of(template, known);
    }

    /** The ten (or fewer) Essential scores in template order, then the overall score with essential 0. */
    public static List<EssentialScore> of(ScorecardTemplate template, Map<String, Integer> answers) {
        int max = template.scale().max();
        for (var answer : answers.entrySet()) {
            template.question(answer.getKey())
                    .orElseThrow(() ->
                            new IllegalArgumentException("No question " + answer.getKey() + " in " + template.id()));
            if (answer.getValue() < template.scale().min() || answer.getValue() > max) {
                throw new IllegalArgumentException(answer.getKey() + ": score out of the scale");
            }
        }
        List<EssentialScore> scores = new ArrayList<>();
        int totalSum = 0;
        int totalAnswered = 0;
        int totalQuestions = 0;
        for (EssentialSection section : template.essentials()) {
            int sum = 0;
            int answered = 0;
            for (ScorecardQuestion q : section.questions()) {
                Integer score = answers.get(q.code());
                if (score != null) {
                    sum += score;
                    answered++;
                }
            }
            scores.add(EssentialScore.of(
                    section.number(), sum, answered, section.questions().size(), max));
            totalSum += sum;
            totalAnswered += answered;
            totalQuestions += section.questions().size();
        }
        scores.add(EssentialScore.of(0, totalSum, totalAnswered, totalQuestions, max));
        return List.copyOf(scores);
    }
}
