package org.resilienceroadmap.portfolio.comparison;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;

/**
 * One row of the heat map: a city, its latest validated assessment (null ids and no cells when it has
 * none), the previous validated one it is compared with, a cell per Essential and the overall score.
 */
public record CityScores(
        Long cityId,
        String code,
        PlaceNames names,
        Long assessmentId,
        Instant validatedAt,
        Long previousAssessmentId,
        List<EssentialCell> cells,
        EssentialCell overall) {

    public CityScores {
        cells = List.copyOf(cells);
    }

    public String name(Locale locale) {
        return names.displayIn(locale);
    }

    public boolean assessed() {
        return assessmentId != null;
    }
}
