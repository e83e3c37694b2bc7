package org.resilienceroadmap.strategy;

import java.time.LocalDate;
import java.util.List;

/**
 * What the chair chooses from when submitting the draft: the working group by name without the chair,
 * the last round's reviewers (picked again unless changed), and the days the reviews may be due.
 */
public record SubmissionChoices(
        List<Reviewer> reviewers,
        List<Reviewer> lastRound,
        LocalDate suggestedDue,
        LocalDate earliestDue,
        LocalDate latestDue) {

    /** A possible reviewer: the account and the name people know them by. */
    public record Reviewer(String username, String name) {}
}
