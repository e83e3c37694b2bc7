package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies counted for monitoring. The caller has checked that the jurisdictions are in the
 * reader's scope: this reads no user.
 */
@Service
@Transactional(readOnly = true)
public class StrategyFigures {

    private final StrategyRepository strategies;

    StrategyFigures(StrategyRepository strategies) {
        this.strategies = strategies;
    }

    /** Adopted strategies of these jurisdictions, most recently adopted first. */
    public List<AdoptedStrategy> adoptedIn(Collection<Long> jurisdictionIds) {
        return jurisdictionIds.isEmpty() ? List.of() : strategies.findAdopted(jurisdictionIds);
    }
}
