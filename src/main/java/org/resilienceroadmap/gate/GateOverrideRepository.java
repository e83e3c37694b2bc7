package org.resilienceroadmap.gate;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateOverrideRepository extends JpaRepository<GateOverride, Long> {

    List<GateOverride> findByJurisdictionIdAndGateOrderByOverriddenAtAscIdAsc(Long jurisdictionId, Gate gate);
}
