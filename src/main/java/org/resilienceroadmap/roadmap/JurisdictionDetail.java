package org.resilienceroadmap.roadmap;

import java.time.Instant;
import java.util.List;

import org.resilienceroadmap.directory.RoadmapStage;

/** A jurisdiction with its stage history and hazard profile, and what the caller may do with it. */
public record JurisdictionDetail(JurisdictionView jurisdiction, List<StageStay> stageHistory,
        List<HazardRating> hazards, boolean mayJoin) {

    public record StageStay(RoadmapStage stage, Instant entered, Instant left, String approvedBy) {
    }

    public record HazardRating(String code, String edition, String messageKey, int likelihood, int impact) {
    }
}
