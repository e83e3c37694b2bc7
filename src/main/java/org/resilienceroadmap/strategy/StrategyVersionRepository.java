package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyVersionRepository extends JpaRepository<StrategyVersion, Long> {

    List<StrategyVersion> findByStrategyIdOrderByNumberAsc(Long strategyId);

    Optional<StrategyVersion> findByStrategyIdAndNumber(Long strategyId, int number);
}
