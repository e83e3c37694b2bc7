package org.resilienceroadmap.gate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GateChecklistRepository extends JpaRepository<GateChecklist, Long> {

    Optional<GateChecklist> findByScopeKindAndScopeIdAndGate(ScopeKind scopeKind, Long scopeId, Gate gate);

    List<GateChecklist> findByScopeKindAndScopeIdInAndGateOrderByScopeIdAsc(
            ScopeKind scopeKind, Collection<Long> scopeIds, Gate gate);
}
