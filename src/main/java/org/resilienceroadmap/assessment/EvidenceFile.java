package org.resilienceroadmap.assessment;

import java.time.Instant;

/** An evidence file of a question as people see it listed: its name, size and who added it when. */
public record EvidenceFile(
        Long fileId,
        String questionCode,
        String name,
        long size,
        String addedBy,
        String addedByName,
        Instant addedAt) {}
