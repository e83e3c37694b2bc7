package org.resilienceroadmap.portfolio.api;

import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.portfolio.PortfolioQuery;
import org.resilienceroadmap.portfolio.PortfolioSort;

/**
 * The portfolio's filters and order as the query string names them ({@code ?countryId=…&stage=B&lateOnly=true
 * &sort=FRESHNESS&descending=true}), all optional: one parameter object for the list and both exports.
 */
record PortfolioParams(
        Long countryId,
        RoadmapStage stage,
        Long programmeId,
        Boolean lateOnly,
        PortfolioSort sort,
        Boolean descending) {

    PortfolioQuery query() {
        return new PortfolioQuery(
                countryId, stage, programmeId, Boolean.TRUE.equals(lateOnly), sort, Boolean.TRUE.equals(descending));
    }
}
