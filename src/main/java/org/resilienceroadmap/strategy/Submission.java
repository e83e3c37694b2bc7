package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.util.List;

/**
 * The chair's submission of the draft: who reviews it, by when (null: the configured review
 * period), and the draft version the chair saw, so a draft changed meanwhile is not submitted unseen.
 */
public record Submission(List<String> reviewers, Instant reviewDue, long expectedVersion) {

    public Submission {
        // A JSON list may hold nulls; they name nobody (List.copyOf would fail on them with a 500).
        reviewers = reviewers == null
                ? List.of()
                : reviewers.stream().filter(java.util.Objects::nonNull).toList();
    }
}
