package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.util.List;

/**
 * The chair's submission of the draft: who reviews it, by when (null: the configured review
 * period), and the draft version the chair saw, so a draft changed meanwhile is not submitted unseen.
 */
public record Submission(List<String> reviewers, Instant reviewDue, long expectedVersion) {

    public Submission {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
    }
}
