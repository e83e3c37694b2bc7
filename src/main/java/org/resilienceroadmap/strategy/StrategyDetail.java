package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.Optional;

/** A strategy with everything its page shows: the draft, the frozen versions, their reviews and comments, the adoption. */
public record StrategyDetail(
        Strategy strategy,
        List<StrategyVersion> versions,
        List<StrategyReview> reviews,
        List<StrategyComment> comments,
        Optional<StrategyAdoption> adoption) {

    public Optional<StrategyVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public List<StrategyReview> reviewsOf(StrategyVersion version) {
        return reviews.stream()
                .filter(r -> r.getVersionId().equals(version.getId()))
                .toList();
    }

    public List<StrategyComment> commentsOn(StrategyVersion version) {
        return comments.stream()
                .filter(c -> c.getVersionId().equals(version.getId()))
                .toList();
    }
}
