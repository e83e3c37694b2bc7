package org.resilienceroadmap.funding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeImpactRepository extends JpaRepository<ProgrammeImpact, Long> {

    Optional<ProgrammeImpact> findByProgrammeId(Long programmeId);
}
