package org.resilienceroadmap.roadmap;

import java.time.LocalDate;
import java.util.Locale;

import org.resilienceroadmap.directory.Jurisdiction;
import org.resilienceroadmap.directory.JurisdictionLevel;
import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.directory.RoadmapStage;

/** A jurisdiction as lists show it. */
public record JurisdictionView(
        Long id,
        String code,
        String name,
        String localName,
        String displayName,
        JurisdictionLevel level,
        Long parentId,
        RoadmapStage stage,
        LocalDate joinedOn,
        boolean resilienceHub,
        PlaceNames names) {

    static JurisdictionView of(Jurisdiction j) {
        return new JurisdictionView(
                j.getId(),
                j.getCode(),
                j.getName(),
                j.getLocalName(),
                j.getDisplayName(),
                j.getLevel(),
                j.getParentId(),
                j.getStage(),
                j.getJoinedOn(),
                j.isResilienceHub(),
                j.names());
    }

    /** The name as this reader writes it, with the local one where it differs: "Душанбе", "Kraljevo (Краљево)". */
    public String displayName(Locale locale) {
        return names.displayIn(locale);
    }
}
