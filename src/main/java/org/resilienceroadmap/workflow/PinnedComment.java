package org.resilienceroadmap.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * A comment pinned to one item of a returned subject (a question of an assessment, an objective of a
 * strategy, a field of an action, a section of a report), and the answer of one of those who got it
 * back. The comment never changes; the answer is given once. Kept for good: the history of the return.
 */
@Entity
@Table(name = "pinned_comment")
public class PinnedComment extends BaseEntity {

    private String subjectType;
    private String subjectId;
    private Long jurisdictionId;
    /** The task that returned the subject, as {@code processKey:taskKey}. */
    private String returnedOn;

    private String itemKey;
    /** The item's label as the returning decision read it: what a reader sees once the item is gone. */
    private String itemLabel;

    @Column(name = "body")
    private String text;

    private String author;
    private Instant pinnedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    protected PinnedComment() {}

    PinnedComment(
            String subjectType,
            String subjectId,
            Long jurisdictionId,
            String returnedOn,
            String itemKey,
            String itemLabel,
            String text,
            String author,
            Instant pinnedAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.jurisdictionId = jurisdictionId;
        this.returnedOn = returnedOn;
        this.itemKey = itemKey;
        this.itemLabel = itemLabel;
        this.text = text;
        this.author = author;
        this.pinnedAt = pinnedAt;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public boolean isOpen() {
        return answeredAt == null;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getReturnedOn() {
        return returnedOn;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPinnedAt() {
        return pinnedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
