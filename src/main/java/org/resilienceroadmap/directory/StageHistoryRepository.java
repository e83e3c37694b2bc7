package org.resilienceroadmap.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageHistoryRepository extends JpaRepository<StageHistoryEntry, Long> {

    List<StageHistoryEntry> findByJurisdictionIdOrderByEnteredAtAscIdAsc(Long jurisdictionId);

    List<StageHistoryEntry> findByJurisdictionIdAndLeftAtIsNull(Long jurisdictionId);

    List<StageHistoryEntry> findByJurisdictionIdIn(java.util.Collection<Long> jurisdictionIds);

    @org.springframework.data.jpa.repository.Query("select h.jurisdictionId, h.enteredAt from StageHistoryEntry h"
            + " where h.leftAt is null and h.jurisdictionId in :jurisdictionIds")
    List<Object[]> findCurrentStays(java.util.Collection<Long> jurisdictionIds);
}
