package org.resilienceroadmap.action;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * An imported action plan under its working group's review: one review with a decision per row,
 * not one task per action. {@code processes/action-plan-review.bpmn} runs it; when it is decided,
 * each row's action goes on in {@code action.bpmn} with its decision.
 */
@Entity
@Table(name = "action_plan_review")
public class PlanReview extends BaseEntity {

    private Long strategyId;
    private Long jurisdictionId;
    private String fileName;
    private String proposedBy;
    private Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;

    protected PlanReview() {}

    PlanReview(Long strategyId, Long jurisdictionId, String fileName, String proposedBy, Instant proposedAt) {
        this.strategyId = strategyId;
        this.jurisdictionId = jurisdictionId;
        this.fileName = fileName;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void decided(String by, Instant at) {
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
