package org.resilienceroadmap.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.Refusal;

/**
 * One action of an adopted strategy's objective: who leads it, who owns it, when, with what money,
 * tagged with the frameworks it serves. Its status follows {@code processes/action.bpmn}.
 */
@Entity
@Table(name = "action")
public class Action extends BaseEntity {

    private Long strategyId;
    private Long objectiveId;
    private Long jurisdictionId;
    private String title;
    private String description;
    private String leadAgency;
    private String owner;
    private LocalDate startDate;
    private LocalDate dueDate;
    /** The due date in force when it was approved: "on time" is measured against it, not against an extension. */
    private LocalDate approvedDue;

    @Embedded
    private Money budget;

    private Long programmeId;
    private String essentials;
    private String hazards;
    private String sendaiPriorities;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private int percentDone;
    private LocalDate completedOn;
    private String createdBy;
    private Instant createdAt;
    private Long planReviewId;

    @Enumerated(EnumType.STRING)
    private PlanDecision planDecision;

    private String planComment;
    private String acceptedBy;

    @Embedded
    private ApprovalRoute route;

    private String approvedBy = "";

    protected Action() {}

    Action(Long strategyId, Long jurisdictionId, NewAction spec, String createdBy, Instant createdAt) {
        this.strategyId = strategyId;
        this.jurisdictionId = jurisdictionId;
        update(spec);
        this.status = ActionStatus.PROPOSED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Takes the edited fields; the strategy, jurisdiction, status and history stay. */
    void update(NewAction spec) {
        this.objectiveId = spec.objectiveId();
        this.title = spec.title().strip();
        this.description = spec.description();
        this.leadAgency = spec.leadAgency();
        this.owner = spec.owner();
        this.startDate = spec.start();
        this.dueDate = spec.due();
        this.budget = spec.budget();
        this.programmeId = spec.programmeId();
        this.essentials = CommaSeparated.join(spec.essentials());
        this.hazards = CommaSeparated.join(spec.hazards());
        this.sendaiPriorities = CommaSeparated.join(spec.sendaiPriorities());
    }

    void move(ActionStatus from, ActionStatus to) {
        if (status != from) {
            throw new ConflictException(Refusal.of(
                    "refusal.action.wrongStatus",
                    new Refusal.Text("action.status." + status.name()),
                    new Refusal.Text("action.status." + from.name())));
        }
        status = to;
        if (to == ActionStatus.APPROVED) {
            approvedDue = dueDate;
        }
    }

    /** Claimed complete on that day; a returned claim clears it. */
    void completeOn(LocalDate day) {
        completedOn = day;
    }

    /** Part of an imported plan, reviewed with it as one review. */
    void partOf(Long planReviewId) {
        this.planReviewId = planReviewId;
    }

    /** The plan's reviewer decided this row; nothing moves until the whole plan is decided. */
    void decideInPlan(PlanDecision decision, String comment) {
        this.planDecision = decision;
        this.planComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The working group accepted it into the plan; the approval table decides who approves next. */
    void acceptedBy(String username) {
        this.acceptedBy = username;
    }

    void route(ApprovalRoute decided) {
        this.route = decided;
    }

    /** One level of the route approved it. */
    void approvedAtLevel(String username) {
        this.approvedBy = approvedBy == null || approvedBy.isEmpty() ? username : approvedBy + "," + username;
    }

    public Long getPlanReviewId() {
        return planReviewId;
    }

    public PlanDecision getPlanDecision() {
        return planDecision;
    }

    public String getPlanComment() {
        return planComment;
    }

    /** Who accepted it for the working group; none before. */
    public String getAcceptedBy() {
        return acceptedBy;
    }

    /** The route the approval table decided; none before the working group accepted it. */
    public ApprovalRoute getRoute() {
        return route;
    }

    /** Who approved it at each level of its route, in order. */
    public List<String> getApprovedBy() {
        return CommaSeparated.strings(approvedBy);
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    void report(int percent) {
        if (!status.isOpen() || status == ActionStatus.PROPOSED) {
            throw new ConflictException(
                    Refusal.of("refusal.action.noProgressWhen", new Refusal.Text("action.status." + status.name())));
        }
        percentDone = percent;
        status = ActionStatus.IN_PROGRESS;
    }

    void extendTo(LocalDate newDue) {
        this.dueDate = newDue;
    }

    /** What this action adds to its jurisdiction's tally as it stands now. */
    TallyShare share() {
        return TallyShare.of(status, completedOn, approvedDue, dueDate);
    }

    /** Approved and not finished, past its due date; a proposal nobody approved yet is not overdue. */
    public boolean isOverdue(LocalDate today) {
        return ActionFigures.UNDER_WAY.contains(status) && dueDate.isBefore(today);
    }

    /** The due date in force when it was approved; none before approval. */
    public LocalDate getApprovedDue() {
        return approvedDue;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLeadAgency() {
        return leadAgency;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Money getBudget() {
        return budget;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public List<Integer> getEssentials() {
        return CommaSeparated.integers(essentials);
    }

    public List<String> getHazards() {
        return CommaSeparated.strings(hazards);
    }

    public List<Integer> getSendaiPriorities() {
        return CommaSeparated.integers(sendaiPriorities);
    }

    public ActionStatus getStatus() {
        return status;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
