package org.resilienceroadmap.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** The score given to one question, with the comment and evidence behind it; versioned against lost updates. */
@Entity
@Table(name = "assessment_answer")
public class Answer extends BaseEntity {

    private Long assessmentId;
    private String questionCode;
    private short score;
    private String comment;
    private String evidenceLink;
    private String answeredBy;
    private Instant answeredAt;

    protected Answer() {}

    Answer(Long assessmentId, String questionCode) {
        this.assessmentId = assessmentId;
        this.questionCode = questionCode;
    }

    void record(int score, String comment, String evidenceLink, String by, Instant at) {
        this.score = (short) score;
        this.comment = comment;
        this.evidenceLink = evidenceLink;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** Whether this answer already says exactly this. */
    boolean says(int score, String comment, String evidenceLink) {
        return this.score == score
                && java.util.Objects.equals(this.comment, comment)
                && java.util.Objects.equals(this.evidenceLink, evidenceLink);
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
