package org.resilienceroadmap.portfolio.comparison;

/** What cities are compared within: a donor's programme or a country. */
public enum SubjectKind {
    PROGRAMME,
    COUNTRY
}
