package org.resilienceroadmap.portfolio;

import java.time.LocalDate;

import org.resilienceroadmap.directory.Jurisdiction;

/**
 * What is known of a city before a page is chosen — enough to filter, count and sort every city in
 * scope: its country, since when it is in its stage, its last progress report and how fresh it is.
 */
record Standing(
        Jurisdiction city, Jurisdiction country, LocalDate stageSince, LocalDate lastReport, Freshness freshness) {

    Long id() {
        return city.getId();
    }

    /** The newest sign of life: the last progress report or the move to the current stage. */
    static LocalDate lastSign(LocalDate stageSince, LocalDate lastReport) {
        if (stageSince == null) {
            return lastReport;
        }
        return lastReport == null || stageSince.isAfter(lastReport) ? stageSince : lastReport;
    }
}
