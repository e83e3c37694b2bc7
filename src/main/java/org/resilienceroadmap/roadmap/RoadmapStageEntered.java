package org.resilienceroadmap.roadmap;

import org.resilienceroadmap.directory.RoadmapStage;

/** A jurisdiction entered a roadmap stage; {@code approvedBy} approved the gate before it (or joined, for stage A). */
public record RoadmapStageEntered(Long jurisdictionId, RoadmapStage stage, String approvedBy) {
}
