package org.resilienceroadmap.roadmap.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Expressions of roadmap.bpmn: how often a jurisdiction in stage C re-assesses itself (public: the engine calls it). */
@Component("roadmapCycles")
public class RoadmapCycles {

    private final String reassessment;

    RoadmapCycles(@Value("${roadmap.reassessment-cycle:R/P2Y}") String reassessment) {
        this.reassessment = reassessment;
    }

    /** An ISO-8601 repeating interval, e.g. {@code R/P2Y}: every two years from entering stage C. */
    public String reassessment() {
        return reassessment;
    }
}
