package org.resilienceroadmap.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageHistoryRepository extends JpaRepository<StageHistoryEntry, Long> {

    List<StageHistoryEntry> findByJurisdictionIdOrderByEnteredAtAscIdAsc(Long jurisdictionId);

    List<StageHistoryEntry> findByJurisdictionIdAndLeftAtIsNull(Long jurisdictionId);

    List<StageHistoryEntry> findByJurisdictionIdIn(java.util.Collection<Long> jurisdictionIds);
}
