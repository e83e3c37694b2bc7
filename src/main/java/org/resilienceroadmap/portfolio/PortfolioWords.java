package org.resilienceroadmap.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.resilienceroadmap.shared.i18n.Percent;

/** The few figures of a row that read as words in a grid, a card and a file alike. */
public final class PortfolioWords {

    private PortfolioWords() {}

    /** "E4 33 %, E7 40 %": the weakest Essentials with their percent, or empty. */
    public static String weakest(List<PortfolioRow.WeakEssential> weakest, Locale locale) {
        return weakest.stream()
                .map(e -> "E" + e.essential() + " " + Percent.format(locale, e.percent()))
                .collect(Collectors.joining(", "));
    }

    /** A score as a percent in the reader's way, or empty without one. */
    public static String percent(Double value, Locale locale) {
        return value == null ? "" : Percent.format(locale, value);
    }
}
