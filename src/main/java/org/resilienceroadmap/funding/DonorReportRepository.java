package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DonorReportRepository extends JpaRepository<DonorReport, Long> {

    List<DonorReport> findByProgrammeIdOrderByNumberDesc(Long programmeId);

    Optional<DonorReport> findFirstByProgrammeIdOrderByNumberDesc(Long programmeId);
}
