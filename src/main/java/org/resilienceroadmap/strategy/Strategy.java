package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.audit.SystemActors;
import org.resilienceroadmap.shared.error.ConflictException;

/**
 * A jurisdiction's DRR strategy and action plan: the working draft (title, period, Markdown body,
 * objectives) and its state. Frozen versions live in {@link StrategyVersion}; the draft's
 * {@code @Version} makes a stale save fail instead of overwriting a colleague's work.
 */
@Entity
@Table(name = "strategy")
public class Strategy extends BaseEntity {

    private Long jurisdictionId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String content;

    @Enumerated(EnumType.STRING)
    private StrategyState state;

    private int versionCount;
    /** Who changed the draft since the last version: the version's authors, whom four-eyes bars from approving it. */
    private String editors;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = jakarta.persistence.FetchType.EAGER)
    @JoinColumn(name = "strategy_id", nullable = false)
    @OrderBy("position")
    private List<StrategyObjective> objectives = new ArrayList<>();

    protected Strategy() {}

    Strategy(
            Long jurisdictionId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String createdBy,
            Instant at) {
        this.jurisdictionId = jurisdictionId;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.content = "";
        this.state = StrategyState.DRAFTING;
        // The roadmap opening a strategy writes none of it: the first version's authors are the people who do.
        this.editors = SystemActors.isSystem(createdBy) ? "" : createdBy;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedBy = createdBy;
        this.updatedAt = at;
    }

    /**
     * A strategy the roadmap opened when the decision of {@code openedBy} (the coordinator who passed
     * stage A, or validated an entry) began stage B: they opened it and wrote none of it.
     */
    static Strategy openedBy(
            Long jurisdictionId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String openedBy,
            Instant at) {
        Strategy strategy = new Strategy(jurisdictionId, title, periodStart, periodEnd, openedBy, at);
        strategy.editors = "";
        return strategy;
    }

    void editDraft(String title, LocalDate periodStart, LocalDate periodEnd, String content, String by, Instant at) {
        requireState(
                state.isEditable(),
                "The draft cannot be edited while it is " + state.name().toLowerCase());
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.content = content;
        Set<String> who = new LinkedHashSet<>(getEditors());
        who.add(by);
        this.editors = CommaSeparated.join(who);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Freezes the draft: the next version number; the editors so far are that version's authors. */
    int submit() {
        requireState(state.isEditable(), "This draft has been submitted already (version " + versionCount + ")");
        state = StrategyState.IN_REVIEW;
        versionCount++;
        return versionCount;
    }

    void clearEditors() {
        editors = "";
    }

    void requestChanges() {
        requireState(state == StrategyState.IN_REVIEW, "The strategy is not in review");
        state = StrategyState.CHANGES_REQUESTED;
    }

    void awaitApproval() {
        requireState(state == StrategyState.IN_REVIEW, "The strategy is not in review");
        state = StrategyState.AWAITING_APPROVAL;
    }

    void returnForChanges() {
        requireState(state == StrategyState.AWAITING_APPROVAL, "The strategy is not awaiting approval");
        state = StrategyState.CHANGES_REQUESTED;
    }

    void approve() {
        requireState(state == StrategyState.AWAITING_APPROVAL, "The strategy is not awaiting approval");
        state = StrategyState.APPROVED;
    }

    void adopt() {
        requireState(state == StrategyState.APPROVED, "Only an approved strategy can be adopted");
        state = StrategyState.ADOPTED;
    }

    private static void requireState(boolean allowed, String message) {
        if (!allowed) {
            throw new ConflictException(message);
        }
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
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

    public StrategyState getState() {
        return state;
    }

    public int getVersionCount() {
        return versionCount;
    }

    /** The people who edited the draft; a system account that opened it (in drafts kept from before) is none of them. */
    public List<String> getEditors() {
        return CommaSeparated.strings(editors).stream()
                .filter(e -> !SystemActors.isSystem(e))
                .toList();
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<StrategyObjective> getObjectives() {
        return List.copyOf(objectives);
    }

    List<StrategyObjective> objectives() {
        return objectives;
    }
}
