package org.resilienceroadmap.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A gap the working group agreed on, under its Essential (and question, where one shows it), with a recommendation. */
@Entity
@Table(name = "assessment_finding")
public class Finding extends BaseEntity {

    private Long assessmentId;
    private short essential;
    private String questionCode;
    private String gap;
    private String recommendation;

    protected Finding() {}

    Finding(Long assessmentId, int essential, String questionCode, String gap, String recommendation) {
        this.assessmentId = assessmentId;
        this.essential = (short) essential;
        this.questionCode = questionCode;
        this.gap = gap;
        this.recommendation = recommendation;
    }

    void revise(String gap, String recommendation) {
        this.gap = gap;
        this.recommendation = recommendation;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public int getEssential() {
        return essential;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getGap() {
        return gap;
    }

    public String getRecommendation() {
        return recommendation;
    }
}
