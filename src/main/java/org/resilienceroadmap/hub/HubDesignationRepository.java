package org.resilienceroadmap.hub;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HubDesignationRepository extends JpaRepository<HubDesignation, Long> {

    List<HubDesignation> findByJurisdictionIdOrderByIdDesc(Long jurisdictionId);

    List<HubDesignation> findAllByOrderByIdDesc();
}
