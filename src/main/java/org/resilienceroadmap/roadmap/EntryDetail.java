package org.resilienceroadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.files.FileFacts;

/** An entry at stage B or C as pages and the API show it; the decision's fields are empty until a coordinator decides. */
public record EntryDetail(Long jurisdictionId, RoadmapStage requestedStage, LocalDate joinedOn, FileFacts document,
        LocalDate strategyAdoptedOn, String adoptingBody, String attachedBy, Instant attachedAt,
        EntryDecision decision, RoadmapStage decidedStage, String decidedBy, Instant decidedAt, String decisionComment,
        long version) {

    public boolean evidenceComplete() {
        return document != null && (requestedStage != RoadmapStage.C || (strategyAdoptedOn != null
                && adoptingBody != null && !adoptingBody.isBlank()));
    }
}
