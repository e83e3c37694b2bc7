package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportSubmissionRepository extends JpaRepository<ReportSubmission, Long> {

    List<ReportSubmission> findByReportIdOrderByRevisionDesc(Long reportId);

    Optional<ReportSubmission> findFirstByReportIdOrderByRevisionDesc(Long reportId);

    long countByReportId(Long reportId);
}
