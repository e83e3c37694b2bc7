package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How many of a strategy's objectives are tied to each of the Ten Essentials (1..10). An Essential
 * no objective names is uncovered; a plan covering all ten is what Sendai indicator E-2 asks for.
 */
public record EssentialCoverage(Map<Integer, Integer> objectivesPerEssential) {

    public static final int ESSENTIALS = 10;

    public EssentialCoverage {
        objectivesPerEssential = java.util.Collections.unmodifiableMap(new TreeMap<>(objectivesPerEssential));
    }

    static EssentialCoverage of(List<List<Integer>> essentialsPerObjective) {
        Map<Integer, Integer> counts = new TreeMap<>();
        IntStream.rangeClosed(1, ESSENTIALS).forEach(e -> counts.put(e, 0));
        // An objective naming an Essential twice still counts once for it.
        essentialsPerObjective.forEach(list ->
                list.stream().distinct().filter(counts::containsKey).forEach(e -> counts.merge(e, 1, Integer::sum)));
        return new EssentialCoverage(counts);
    }

    /** The coverage of a strategy's current objectives. */
    public static EssentialCoverage of(Strategy strategy) {
        return of(strategy.getObjectives().stream()
                .map(StrategyObjective::getEssentials)
                .toList());
    }

    public int objectivesFor(int essential) {
        return objectivesPerEssential.getOrDefault(essential, 0);
    }

    public List<Integer> uncovered() {
        return IntStream.rangeClosed(1, ESSENTIALS)
                .filter(e -> objectivesFor(e) == 0)
                .boxed()
                .toList();
    }

    public boolean coversAll() {
        return uncovered().isEmpty();
    }
}
