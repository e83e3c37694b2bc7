package org.resilienceroadmap.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerEvidenceRepository extends JpaRepository<AnswerEvidence, Long> {

    List<AnswerEvidence> findByAssessmentIdAndQuestionCodeOrderByIdAsc(Long assessmentId, String questionCode);

    Optional<AnswerEvidence> findByAssessmentIdAndFileId(Long assessmentId, Long fileId);
}
