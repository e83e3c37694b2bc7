package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeResultRepository extends JpaRepository<ProgrammeResult, Long> {

    List<ProgrammeResult> findByProgrammeIdOrderByPosition(Long programmeId);

    Optional<ProgrammeResult> findByProgrammeIdAndCode(Long programmeId, String code);

    long countByProgrammeId(Long programmeId);
}
