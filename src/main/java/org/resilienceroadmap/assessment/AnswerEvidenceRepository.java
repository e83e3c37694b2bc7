package org.resilienceroadmap.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerEvidenceRepository extends JpaRepository<AnswerEvidence, Long> {

    List<AnswerEvidence> findByAssessmentIdAndQuestionCodeOrderByIdAsc(Long assessmentId, String questionCode);

    List<AnswerEvidence> findByAssessmentIdOrderByIdAsc(Long assessmentId);

    Optional<AnswerEvidence> findByAssessmentIdAndFileId(Long assessmentId, Long fileId);
}
