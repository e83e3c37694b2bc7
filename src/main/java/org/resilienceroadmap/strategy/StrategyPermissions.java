package org.resilienceroadmap.strategy;

/** What the caller may do with a strategy now; the service checks the same again on every call. */
public record StrategyPermissions(boolean editDraft, boolean submit, boolean comment, boolean recordAdoption) {}
