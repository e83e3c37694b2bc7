package org.resilienceroadmap.publication;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityPublicationRepository extends JpaRepository<CityPublication, Long> {

    Optional<CityPublication> findByJurisdictionId(Long jurisdictionId);

    List<CityPublication> findByState(PublicationState state);
}
