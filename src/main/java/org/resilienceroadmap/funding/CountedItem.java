package org.resilienceroadmap.funding;

/**
 * One thing an indicator counts, so that a reader can open it: {@code kind} is JURISDICTION,
 * ASSESSMENT, STRATEGY, ACTION or DISBURSEMENT; {@code path} the page that shows it, where there is one.
 */
public record CountedItem(String kind, Long id, String label, String jurisdiction, String path) {}
