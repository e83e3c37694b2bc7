package org.resilienceroadmap.roadmap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The roadmap's settings ({@code roadmap.*}): how often a jurisdiction in stage C re-assesses itself (an
 * ISO-8601 repeating interval from entering stage C, every two years by default) and the largest document
 * attached as the evidence of an entry stage.
 */
@ConfigurationProperties("roadmap")
public record RoadmapSettings(
        @DefaultValue("R/P2Y") String reassessmentCycle,
        @DefaultValue Entry entry) {

    /** {@code roadmap.entry.*}. */
    public record Entry(@DefaultValue("20971520") long maxDocumentBytes) {}
}
