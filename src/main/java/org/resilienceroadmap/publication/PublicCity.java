package org.resilienceroadmap.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.directory.RoadmapStage;

/**
 * Everything a city's public page shows, and nothing more: no person, no comment, nothing not yet
 * validated or adopted. {@code scorecard} and {@code strategy} are null when there is none to show.
 */
public record PublicCity(
        String code,
        PlaceNames names,
        PlaceNames country,
        RoadmapStage stage,
        LocalDate joinedOn,
        List<StageDate> stages,
        Scorecard scorecard,
        Strategy strategy,
        Actions actions,
        LocalDate publishedOn) {

    /** A roadmap stage and the day the city entered it. */
    public record StageDate(RoadmapStage stage, LocalDate entered) {}

    /** The latest validated scorecard: its template, the day it was validated, its results. */
    public record Scorecard(
            Map<String, String> template,
            LocalDate validatedOn,
            List<EssentialResult> essentials,
            Double overallPercent) {

        /** The template's title in a language, English where it has none in that one. */
        public String templateIn(String language) {
            return template.getOrDefault(language, template.get("en"));
        }
    }

    /** One Essential's result: points over what the answered questions could reach, and the percentage. */
    public record EssentialResult(int essential, int score, int max, Double percent) {}

    /** The adopted strategy: title, period, the body that adopted it and when. */
    public record Strategy(
            String title, LocalDate periodStart, LocalDate periodEnd, String adoptingBody, LocalDate adoptedOn) {}

    /** Action figures: all actions, completed (verified), completed on time, overdue. */
    public record Actions(long total, long completed, long completedOnTime, long overdue) {}

    /** An entry of the index of published cities. */
    public record Entry(String code, PlaceNames names, PlaceNames country, RoadmapStage stage) {}
}
