package org.resilienceroadmap.strategy;

import java.time.LocalDate;

/** A jurisdiction's newest strategy as a portfolio row shows it: where it stands and, once adopted, since when. */
public record StrategyStanding(Long jurisdictionId, Long strategyId, StrategyState state, LocalDate adoptedOn) {}
