package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    List<Indicator> findByProgrammeIdOrderByPosition(Long programmeId);

    Optional<Indicator> findByProgrammeIdAndCode(Long programmeId, String code);

    long countByProgrammeId(Long programmeId);
}
