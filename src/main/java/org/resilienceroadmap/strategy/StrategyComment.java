package org.resilienceroadmap.strategy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A review comment on a version, about the whole, one objective, or one section (a heading of the body). */
@Entity
@Table(name = "strategy_comment")
public class StrategyComment extends BaseEntity {

    private Long versionId;
    private String author;
    private Instant writtenAt;
    private String body;
    private Long objectiveId;
    private String section;

    protected StrategyComment() {}

    StrategyComment(Long versionId, String author, Instant writtenAt, String body, Long objectiveId, String section) {
        this.versionId = versionId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.body = body;
        this.objectiveId = objectiveId;
        this.section = section;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getBody() {
        return body;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public String getSection() {
        return section;
    }
}
