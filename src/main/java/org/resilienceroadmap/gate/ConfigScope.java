package org.resilienceroadmap.gate;

/** A country or programme whose checklists the caller may configure, with the name people read. */
public record ConfigScope(ScopeKind kind, Long id, String name) {}
