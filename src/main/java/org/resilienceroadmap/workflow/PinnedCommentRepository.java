package org.resilienceroadmap.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PinnedCommentRepository extends JpaRepository<PinnedComment, Long> {

    List<PinnedComment> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    long countBySubjectTypeAndSubjectIdAndAnsweredAtIsNull(String subjectType, String subjectId);
}
