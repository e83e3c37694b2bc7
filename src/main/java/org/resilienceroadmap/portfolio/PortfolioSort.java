package org.resilienceroadmap.portfolio;

/** What the portfolio can be sorted by: the figures known for every city before a page is chosen. */
public enum PortfolioSort {
    CITY,
    COUNTRY,
    STAGE,
    DAYS_IN_STAGE,
    LAST_REPORT,
    FRESHNESS
}
