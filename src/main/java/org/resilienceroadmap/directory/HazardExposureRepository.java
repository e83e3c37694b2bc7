package org.resilienceroadmap.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HazardExposureRepository extends JpaRepository<HazardExposure, Long> {

    List<HazardExposure> findByJurisdictionIdOrderByHazardCode(Long jurisdictionId);
}
