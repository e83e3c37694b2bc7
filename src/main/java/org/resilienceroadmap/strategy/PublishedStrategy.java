package org.resilienceroadmap.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a city's public page may show of its strategies: the one adopted last (title, period, adopting
 * body, date), never a draft or one under review. The caller decides that the city's page is public:
 * this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class PublishedStrategy {

    public record Adopted(
            String title, LocalDate periodStart, LocalDate periodEnd, String adoptingBody, LocalDate adoptedOn) {}

    private final StrategyRepository strategies;
    private final StrategyAdoptionRepository adoptions;

    PublishedStrategy(StrategyRepository strategies, StrategyAdoptionRepository adoptions) {
        this.strategies = strategies;
        this.adoptions = adoptions;
    }

    public Optional<Adopted> latestAdopted(Long jurisdictionId) {
        return strategies.findAdopted(List.of(jurisdictionId)).stream()
                .findFirst()
                .flatMap(a -> strategies
                        .findById(a.getStrategyId())
                        .filter(s -> s.getState() == StrategyState.ADOPTED)
                        .map(s -> new Adopted(
                                s.getTitle(),
                                s.getPeriodStart(),
                                s.getPeriodEnd(),
                                adoptions
                                        .findByStrategyId(s.getId())
                                        .map(StrategyAdoption::getAdoptingBody)
                                        .orElse(null),
                                a.getAdoptedOn())));
    }
}
