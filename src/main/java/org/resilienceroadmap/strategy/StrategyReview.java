package org.resilienceroadmap.strategy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** One reviewer's answer on one version: {@code approve} or {@code request-changes}, with their comment. */
@Entity
@Table(name = "strategy_review")
public class StrategyReview extends BaseEntity {

    private Long versionId;
    private String reviewer;
    private String outcome;
    private String comment;
    private Instant decidedAt;

    protected StrategyReview() {}

    StrategyReview(Long versionId, String reviewer, String outcome, String comment, Instant decidedAt) {
        this.versionId = versionId;
        this.reviewer = reviewer;
        this.outcome = outcome;
        this.comment = comment;
        this.decidedAt = decidedAt;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getReviewer() {
        return reviewer;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
