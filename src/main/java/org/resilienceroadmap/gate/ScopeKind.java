package org.resilienceroadmap.gate;

/** What a configured checklist belongs to: a country (and its cities) or a programme (its jurisdictions). */
public enum ScopeKind {
    COUNTRY,
    PROGRAMME
}
