package org.resilienceroadmap.roadmap;

import java.time.LocalDate;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.RoadmapStage;

/** A jurisdiction as lists show it. */
public record JurisdictionView(Long id, String code, String name, String localName, String displayName, JurisdictionLevel level,
        Long parentId, RoadmapStage stage, LocalDate joinedOn, boolean resilienceHub) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(j.getId(), j.getCode(), j.getName(), j.getLocalName(), j.getDisplayName(), j.getLevel(),
                j.getParentId(), j.getStage(), j.getJoinedOn(), j.isResilienceHub());
    }
}
