package org.resilienceroadmap.gate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateTickRepository extends JpaRepository<GateTick, Long> {

    List<GateTick> findByJurisdictionIdAndGateOrderByTickedAtAscIdAsc(Long jurisdictionId, Gate gate);
}
