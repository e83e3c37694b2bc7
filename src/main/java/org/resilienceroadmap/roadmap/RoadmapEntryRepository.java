package org.resilienceroadmap.roadmap;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoadmapEntryRepository extends JpaRepository<RoadmapEntry, Long> {

    Optional<RoadmapEntry> findByJurisdictionId(Long jurisdictionId);
}
