package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.error.ConflictException;

/**
 * A submitted draft, frozen: what was reviewed and decided on. Its content columns are never
 * updated; only the decision on it is written, once.
 */
@Entity
@Table(name = "strategy_version")
public class StrategyVersion extends BaseEntity {

    @Column(updatable = false)
    private Long strategyId;

    @Column(updatable = false)
    private int number;

    @Column(updatable = false)
    private String title;

    @Column(updatable = false)
    private LocalDate periodStart;

    @Column(updatable = false)
    private LocalDate periodEnd;

    @Column(updatable = false)
    private String content;
    /** The objectives as they stood, as JSON (see {@link ObjectiveDraft}). */
    @Column(updatable = false)
    private String objectives;

    @Column(updatable = false)
    private String authors;

    @Column(updatable = false)
    private String submittedBy;

    @Column(updatable = false)
    private Instant submittedAt;

    @Column(updatable = false)
    private String reviewers;

    @Column(updatable = false)
    private Instant reviewDue;

    private String decision;
    private String decidedBy;
    private Instant decidedAt;

    protected StrategyVersion() {}

    StrategyVersion(
            Strategy draft,
            int number,
            String objectivesJson,
            List<String> authors,
            String submittedBy,
            Instant submittedAt,
            List<String> reviewers,
            Instant reviewDue) {
        this.strategyId = draft.getId();
        this.number = number;
        this.title = draft.getTitle();
        this.periodStart = draft.getPeriodStart();
        this.periodEnd = draft.getPeriodEnd();
        this.content = draft.getContent();
        this.objectives = objectivesJson;
        this.authors = CommaSeparated.join(authors);
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.reviewers = CommaSeparated.join(reviewers);
        this.reviewDue = reviewDue;
    }

    /** Records the decision that closed this version's round: changes requested, returned or approved. */
    void decide(VersionDecision decision, String by, Instant at) {
        if (this.decision != null) {
            throw new ConflictException("Version " + number + " has been decided already (" + this.decision + ")");
        }
        this.decision = decision.code();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isAuthoredOrSubmittedBy(String username) {
        return username.equals(submittedBy) || getAuthors().contains(username);
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getContent() {
        return content;
    }

    String getObjectivesJson() {
        return objectives;
    }

    /** The people who wrote this version; a system account kept by versions frozen before it was left out is none of them. */
    public List<String> getAuthors() {
        return CommaSeparated.strings(authors).stream()
                .filter(a -> !SystemActors.isSystem(a))
                .toList();
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<String> getReviewers() {
        return CommaSeparated.strings(reviewers);
    }

    public Instant getReviewDue() {
        return reviewDue;
    }

    public String getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
