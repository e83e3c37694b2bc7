package org.resilienceroadmap.hub;

import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.directory.RoadmapStage;

/** A hub as lists show it: the city, where it stands, its term, and the cities it supports with their stages. */
public record HubLine(
        Long id,
        Long jurisdictionId,
        String code,
        PlaceNames names,
        HubStatus status,
        boolean hub,
        boolean renewing,
        LocalDate termStart,
        LocalDate termEnd,
        List<SupportedCity> supportedCities) {

    /** A city the hub supports, with its current roadmap stage ({@code null} before it has one). */
    public record SupportedCity(Long id, String code, PlaceNames names, RoadmapStage stage) {}
}
