package org.resilienceroadmap.roadmap;

import java.time.Instant;
import java.util.List;

import org.resilienceroadmap.directory.RoadmapStage;

/** A jurisdiction with its stage history and hazard profile, and what the caller may do with it. */
public record JurisdictionDetail(
        JurisdictionView jurisdiction,
        List<StageStay> stageHistory,
        List<HazardRating> hazards,
        boolean mayJoin,
        java.util.Optional<EntryDetail> entry) {

    /** {@code days}: whole days in the stage, up to today while it is the current one. */
    public record StageStay(RoadmapStage stage, Instant entered, Instant left, String approvedBy, long days) {}

    public record HazardRating(String code, String edition, String messageKey, int likelihood, int impact) {}
}
