package org.resilienceroadmap.funding;

import java.util.List;

/**
 * A programme's results framework as the EU logical-framework matrix reads it: the impact (null when none
 * is stated), the outcomes and outputs with their assumptions, and the indicators with their figures as
 * the reader may see them.
 */
public record Logframe(String impact, List<ResultLine> results, List<IndicatorLine> indicators) {}
