package org.resilienceroadmap.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByAssessmentIdOrderByEssentialAscIdAsc(Long assessmentId);
}
