package org.resilienceroadmap.portfolio.comparison;

import java.util.Locale;

import org.resilienceroadmap.directory.PlaceNames;

/** A programme or a country the reader may compare cities within; a country has its names in each language. */
public record ComparisonSubject(SubjectKind kind, Long id, String title, PlaceNames names) {

    /** The name as this reader writes it. */
    public String label(Locale locale) {
        return names == null ? title : names.displayIn(locale);
    }
}
