package org.resilienceroadmap.funding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeComponentRepository extends JpaRepository<ProgrammeComponent, Long> {

    List<ProgrammeComponent> findByProgrammeIdOrderByPosition(Long programmeId);
}
