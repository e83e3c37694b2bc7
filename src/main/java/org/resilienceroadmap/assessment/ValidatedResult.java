package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A validated assessment's result as comparisons across cities read it: the scores per Essential in
 * the template's order, then the overall score with essential 0 (as {@link ScoreAggregation} gives them).
 */
public record ValidatedResult(
        Long assessmentId, Long jurisdictionId, String templateId, Instant validatedAt, List<EssentialScore> scores) {

    public ValidatedResult {
        scores = List.copyOf(scores);
    }
}
