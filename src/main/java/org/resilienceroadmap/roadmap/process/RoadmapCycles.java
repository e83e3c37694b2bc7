package org.resilienceroadmap.roadmap.process;

import org.resilienceroadmap.roadmap.RoadmapSettings;
import org.springframework.stereotype.Component;

/** Expressions of roadmap.bpmn: how often a jurisdiction in stage C re-assesses itself (public: the engine calls it). */
@Component("roadmapCycles")
public class RoadmapCycles {

    private final RoadmapSettings settings;

    RoadmapCycles(RoadmapSettings settings) {
        this.settings = settings;
    }

    /** An ISO-8601 repeating interval, e.g. {@code R/P2Y}: every two years from entering stage C. */
    public String reassessment() {
        return settings.reassessmentCycle();
    }
}
