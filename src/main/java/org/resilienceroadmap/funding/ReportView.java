package org.resilienceroadmap.funding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.shared.api.Versioned;

/**
 * A report as its page shows it: the figures in hand (as compiled, or as last submitted), the
 * narrative with its version for editing, the submissions, and what this reader may do.
 */
public record ReportView(
        Long id,
        Long programmeId,
        String programmeTitle,
        int number,
        LocalDate periodStart,
        LocalDate periodEnd,
        ReportState state,
        String narrative,
        long version,
        ReportContent content,
        Instant compiledAt,
        List<SubmissionLine> submissions,
        boolean mayEditNarrative)
        implements Versioned {

    /** One submission; {@code submittedByName} is the name people know the signer by. */
    public record SubmissionLine(
            Long id, int revision, String submittedBy, Instant submittedAt, String submittedByName) {}
}
