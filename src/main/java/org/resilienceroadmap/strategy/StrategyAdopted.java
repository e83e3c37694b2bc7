package org.resilienceroadmap.strategy;

/** A jurisdiction's strategy was formally adopted (its last version is the adopted text). */
public record StrategyAdopted(Long strategyId, Long jurisdictionId, int versionNumber) {
}
