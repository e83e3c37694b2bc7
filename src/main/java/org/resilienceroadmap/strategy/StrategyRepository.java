package org.resilienceroadmap.strategy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

    List<Strategy> findByJurisdictionIdOrderByCreatedAtDesc(Long jurisdictionId);
}
