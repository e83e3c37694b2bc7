package org.resilienceroadmap.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByActionIdOrderByReportedAtAscIdAsc(Long actionId);
}
