package org.resilienceroadmap.bench;

/**
 * How big a world the generator makes: {@code cities} cities under one region, {@code citiesPerCountry}
 * to a country, each with {@code actionsPerCity} actions; {@code threads} cities are walked at once.
 */
public record ScaleSettings(int cities, int actionsPerCity, int citiesPerCountry, int threads) {

    public ScaleSettings {
        if (cities < 1 || actionsPerCity < 0 || citiesPerCountry < 1 || threads < 1) {
            throw new IllegalArgumentException(
                    "cities and threads at least 1, citiesPerCountry at least 1, actions 0 or more");
        }
    }

    public int countries() {
        return (cities + citiesPerCountry - 1) / citiesPerCountry;
    }

    /** The country of the n-th city (both counted from 1). */
    public int countryOf(int city) {
        return (city - 1) / citiesPerCountry + 1;
    }
}
