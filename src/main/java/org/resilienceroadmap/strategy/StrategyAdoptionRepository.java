package org.resilienceroadmap.strategy;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyAdoptionRepository extends JpaRepository<StrategyAdoption, Long> {

    Optional<StrategyAdoption> findByStrategyId(Long strategyId);
}
