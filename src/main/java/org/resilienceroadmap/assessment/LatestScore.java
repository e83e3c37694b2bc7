package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A jurisdiction's latest validated assessment as a portfolio row shows it: the overall percent and its
 * weakest Essentials (at most three, lowest percent first; Essentials with nothing answered left out).
 */
public record LatestScore(
        Long jurisdictionId,
        Long assessmentId,
        Instant validatedAt,
        Double totalPercent,
        List<EssentialScore> weakest) {

    public LatestScore {
        weakest = List.copyOf(weakest);
    }
}
