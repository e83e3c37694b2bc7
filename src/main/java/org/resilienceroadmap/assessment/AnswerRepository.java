package org.resilienceroadmap.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByAssessmentId(Long assessmentId);

    Optional<Answer> findByAssessmentIdAndQuestionCode(Long assessmentId, String questionCode);

    List<Answer> findByAssessmentIdIn(java.util.Collection<Long> assessmentIds);
}
