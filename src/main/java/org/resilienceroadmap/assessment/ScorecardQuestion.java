package org.resilienceroadmap.assessment;

import java.util.List;
import java.util.Map;

/** One question: its code (e.g. P2.3), our short text naming the topic, and what each score means for it. */
public record ScorecardQuestion(String code, Map<String, String> text, List<ScoreLevel> levels) {

    public ScorecardQuestion {
        ScorecardTemplate.require(
                code != null && code.matches("[A-Z]{1,3}\\d{1,2}\\.\\d{1,2}"),
                "question code like P1.1 expected, found " + code);
        ScorecardTemplate.require(
                text != null && text.get("en") != null && !text.get("en").isBlank(),
                code + ": the question needs an English text (en)");
        ScorecardTemplate.require(levels != null, code + ": levels are required");
        text = Map.copyOf(text);
        levels = List.copyOf(levels);
    }

    public record ScoreLevel(int score, Map<String, String> meaning) {
        public ScoreLevel {
            ScorecardTemplate.require(
                    meaning != null
                            && meaning.get("en") != null
                            && !meaning.get("en").isBlank(),
                    "score " + score + " needs an English meaning (en)");
            meaning = Map.copyOf(meaning);
        }
    }

    /** Every score of the scale has exactly one meaning. */
    void requireScale(ScorecardTemplate.Scale scale) {
        List<Integer> scores = levels.stream().map(ScoreLevel::score).sorted().toList();
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(scale.min(), scale.max())
                .boxed()
                .toList();
        ScorecardTemplate.require(
                scores.equals(expected),
                code + ": levels must give each score " + scale.min() + "–" + scale.max() + " once, found " + scores);
    }

    public String text(String language) {
        return text.getOrDefault(language, text.get("en"));
    }
}
