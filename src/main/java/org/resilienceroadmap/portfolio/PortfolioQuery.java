package org.resilienceroadmap.portfolio;

import org.resilienceroadmap.directory.RoadmapStage;

/**
 * The portfolio's filters and order, all optional: a country (its id), a stage, a programme (the cities
 * it covers), only the cities that are late or silent; sorted by city name unless {@code sort} says
 * otherwise.
 */
public record PortfolioQuery(
        Long countryId,
        RoadmapStage stage,
        Long programmeId,
        boolean lateOnly,
        PortfolioSort sort,
        boolean descending) {

    public PortfolioQuery {
        sort = sort == null ? PortfolioSort.CITY : sort;
    }

    public static PortfolioQuery all() {
        return new PortfolioQuery(null, null, null, false, PortfolioSort.CITY, false);
    }
}
