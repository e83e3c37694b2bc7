package org.resilienceroadmap.strategy;

import java.util.Optional;

import org.resilienceroadmap.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ten Essentials a strategy's objectives cover, for its page, its API detail and the roadmap's
 * stage-gate checklist (which also asks whether the adopting body is named).
 */
@Service
public class StrategyCoverage {

    /** A jurisdiction's adopted strategy as a gate checks it. */
    public record Adopted(Long strategyId, String title, String adoptingBody, EssentialCoverage coverage) {}

    private final StrategyAccess access;
    private final StrategyRepository strategies;
    private final StrategyAdoptionRepository adoptions;
    private final CurrentUser currentUser;

    StrategyCoverage(
            StrategyAccess access,
            StrategyRepository strategies,
            StrategyAdoptionRepository adoptions,
            CurrentUser currentUser) {
        this.access = access;
        this.strategies = strategies;
        this.adoptions = adoptions;
        this.currentUser = currentUser;
    }

    /** The coverage of the strategy's current objectives, for anyone who sees the strategy. */
    @Transactional(readOnly = true)
    public EssentialCoverage of(Long strategyId) {
        return EssentialCoverage.of(access.visible(currentUser.scope(), strategyId));
    }

    /**
     * The jurisdiction's adopted strategy (the latest) with its coverage. Without a scope check: the
     * gate checklist asks it inside the engine, for a jurisdiction its caller checked first.
     */
    @Transactional(readOnly = true)
    public Optional<Adopted> adoptedIn(Long jurisdictionId) {
        return strategies.findByJurisdictionIdOrderByCreatedAtDesc(jurisdictionId).stream()
                .filter(s -> s.getState() == StrategyState.ADOPTED)
                .findFirst()
                .map(s -> new Adopted(
                        s.getId(),
                        s.getTitle(),
                        adoptions
                                .findByStrategyId(s.getId())
                                .map(StrategyAdoption::getAdoptingBody)
                                .orElse(null),
                        EssentialCoverage.of(s)));
    }
}
