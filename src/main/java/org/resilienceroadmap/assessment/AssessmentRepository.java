package org.resilienceroadmap.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByJurisdictionIdOrderByCreatedAtDesc(Long jurisdictionId);

    @org.springframework.data.jpa.repository.Query("""
            select a.id as id, a.jurisdictionId as jurisdictionId, a.validatedAt as validatedAt from Assessment a
            where a.state = org.resilienceroadmap.assessment.AssessmentState.VALIDATED
              and a.jurisdictionId in :jurisdictionIds order by a.validatedAt desc""")
    List<ValidatedAssessment> findValidated(java.util.Collection<Long> jurisdictionIds);

    /** The validated assessments of these jurisdictions on one template, newest validation first. */
    @org.springframework.data.jpa.repository.Query("""
            select a from Assessment a
            where a.state = org.resilienceroadmap.assessment.AssessmentState.VALIDATED
              and a.templateId = :templateId and a.jurisdictionId in :jurisdictionIds
            order by a.validatedAt desc, a.id desc""")
    List<Assessment> findValidatedOnTemplate(java.util.Collection<Long> jurisdictionIds, String templateId);
}
