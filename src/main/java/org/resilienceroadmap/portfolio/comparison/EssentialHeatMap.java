package org.resilienceroadmap.portfolio.comparison;

import java.util.List;

/** The cities of a programme or a country side by side on the Essentials of one scorecard template. */
public record EssentialHeatMap(
        ComparisonSubject subject, String templateId, List<Integer> essentials, List<CityScores> cities) {

    public EssentialHeatMap {
        essentials = List.copyOf(essentials);
        cities = List.copyOf(cities);
    }
}
