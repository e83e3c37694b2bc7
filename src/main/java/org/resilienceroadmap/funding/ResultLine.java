package org.resilienceroadmap.funding;

/** One result of a framework: an outcome, or an output under the outcome named by {@code parentCode}. */
public record ResultLine(String code, String title, ResultKind kind, String parentCode) {}
