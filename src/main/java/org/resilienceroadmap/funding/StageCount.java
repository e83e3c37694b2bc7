package org.resilienceroadmap.funding;

/** How many covered jurisdictions stand in a roadmap stage; {@code stage} is A, B, C or NONE (not joined). */
public record StageCount(String stage, long count) {}
