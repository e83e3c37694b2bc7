package org.resilienceroadmap.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A file that backs the answer to one question; the file itself is in the shared file store. */
@Entity
@Table(name = "assessment_evidence")
public class AnswerEvidence extends BaseEntity {

    @Column(updatable = false)
    private Long assessmentId;

    @Column(updatable = false)
    private String questionCode;

    @Column(updatable = false)
    private Long fileId;

    @Column(updatable = false)
    private String addedBy;

    @Column(updatable = false)
    private Instant addedAt;

    protected AnswerEvidence() {}

    AnswerEvidence(Long assessmentId, String questionCode, Long fileId, String addedBy, Instant addedAt) {
        this.assessmentId = assessmentId;
        this.questionCode = questionCode;
        this.fileId = fileId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
