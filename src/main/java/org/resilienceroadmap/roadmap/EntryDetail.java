package org.resilienceroadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.files.FileFacts;

/**
 * An entry at stage B or C as pages and the API show it; {@code evidenceComplete} is the entry's own rule
 * ({@link RoadmapEntry#evidenceComplete()}); the decision's fields are empty until a coordinator decides.
 */
public record EntryDetail(
        Long jurisdictionId,
        RoadmapStage requestedStage,
        LocalDate joinedOn,
        FileFacts document,
        LocalDate strategyAdoptedOn,
        String adoptingBody,
        boolean evidenceComplete,
        String attachedBy,
        Instant attachedAt,
        EntryDecision decision,
        RoadmapStage decidedStage,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        long version) {}
