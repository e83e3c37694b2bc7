package org.resilienceroadmap.portfolio.comparison.api;

import java.util.Locale;

import org.resilienceroadmap.portfolio.comparison.ComparisonSubject;

/** A programme or a country by its English name: {@code kind} is "programme" or "country", as in the comparison's paths. */
record SubjectJson(String kind, Long id, String name) {

    static SubjectJson of(ComparisonSubject s) {
        return new SubjectJson(
                s.kind().name().toLowerCase(Locale.ROOT),
                s.id(),
                s.names() == null ? s.title() : s.names().name());
    }
}
