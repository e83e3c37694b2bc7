package org.resilienceroadmap.portfolio;

import java.util.List;

import org.resilienceroadmap.directory.PlaceNames;

/** What the portfolio's filters offer one reader: the countries of their cities and the programmes covering them. */
public record PortfolioChoices(List<Country> countries, List<Programme> programmes) {

    public record Country(Long id, PlaceNames names) {}

    public record Programme(Long id, String code, String title) {}

    public PortfolioChoices {
        countries = List.copyOf(countries);
        programmes = List.copyOf(programmes);
    }
}
