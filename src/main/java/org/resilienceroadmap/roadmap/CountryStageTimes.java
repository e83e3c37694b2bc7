package org.resilienceroadmap.roadmap;

/** The time a country's local governments spent in Know Better (A) and Plan Better (B). */
public record CountryStageTimes(
        JurisdictionView country, int localGovernments, StageTime knowBetter, StageTime planBetter) {}
