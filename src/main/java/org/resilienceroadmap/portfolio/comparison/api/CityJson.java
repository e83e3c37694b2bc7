package org.resilienceroadmap.portfolio.comparison.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.portfolio.comparison.CityScores;
import org.resilienceroadmap.portfolio.comparison.EssentialCell;

/**
 * One city's row: its latest validated assessment (null when it has none) with the link to it, the
 * previous validated one it is compared with, a cell per Essential and the overall score.
 */
record CityJson(
        Long id,
        String code,
        String name,
        Long assessmentId,
        String assessment,
        Instant validatedAt,
        Long previousAssessmentId,
        List<CellJson> cells,
        CellJson overall) {

    /** A score in percent (null when nothing was answered) and its move: "up", "down", "same" or "none". */
    record CellJson(int essential, Double percent, Double previousPercent, String change) {

        static CellJson of(EssentialCell c) {
            return c == null
                    ? null
                    : new CellJson(
                            c.essential(),
                            c.percent(),
                            c.previousPercent(),
                            c.change().name().toLowerCase(Locale.ROOT));
        }
    }

    static CityJson of(CityScores c) {
        return new CityJson(
                c.cityId(),
                c.code(),
                c.names().name(),
                c.assessmentId(),
                c.assessmentId() == null ? null : "/api/v1/assessments/" + c.assessmentId(),
                c.validatedAt(),
                c.previousAssessmentId(),
                c.cells().stream().map(CellJson::of).toList(),
                CellJson.of(c.overall()));
    }
}
