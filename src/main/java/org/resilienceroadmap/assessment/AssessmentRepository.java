package org.resilienceroadmap.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByJurisdictionIdOrderByCreatedAtDesc(Long jurisdictionId);
}
