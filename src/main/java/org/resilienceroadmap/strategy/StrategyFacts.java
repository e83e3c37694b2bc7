package org.resilienceroadmap.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules may know of a strategy: a copy, not the entity, so they cannot change or
 * lazily load it, and the strategy module stays free to change its tables.
 */
public record StrategyFacts(
        Long id,
        Long jurisdictionId,
        String title,
        StrategyState state,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<Objective> objectives) {

    /** One objective of the working draft; its id stays across versions, so actions keep pointing at it. */
    public record Objective(Long id, int position, String title, List<Integer> essentials, List<String> hazards) {

        public Objective {
            essentials = List.copyOf(essentials);
            hazards = List.copyOf(hazards);
        }
    }

    public StrategyFacts {
        objectives = List.copyOf(objectives);
    }

    static StrategyFacts of(Strategy s) {
        return new StrategyFacts(
                s.getId(),
                s.getJurisdictionId(),
                s.getTitle(),
                s.getState(),
                s.getPeriodStart(),
                s.getPeriodEnd(),
                s.getObjectives().stream()
                        .map(o -> new Objective(
                                o.getId(), o.getPosition(), o.getTitle(), o.getEssentials(), o.getHazards()))
                        .toList());
    }

    public boolean isAdopted() {
        return state == StrategyState.ADOPTED;
    }

    public Optional<Objective> objective(Long objectiveId) {
        return objectives.stream().filter(o -> o.id().equals(objectiveId)).findFirst();
    }
}
