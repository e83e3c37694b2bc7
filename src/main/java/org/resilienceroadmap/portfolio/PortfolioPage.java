package org.resilienceroadmap.portfolio;

import java.util.List;

/**
 * One page of a portfolio with the figures of the whole filtered list: how many cities it holds and how
 * many of them have not reported progress since the quarter began (the summary line).
 */
public record PortfolioPage(List<PortfolioRow> rows, int page, int size, int totalCities, int notReportedThisQuarter) {

    public PortfolioPage {
        rows = List.copyOf(rows);
    }

    public int totalPages() {
        return (totalCities + size - 1) / size;
    }
}
