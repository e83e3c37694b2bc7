package org.resilienceroadmap.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.resilienceroadmap.directory.JurisdictionDirectory;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Role;
import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.Days;
import org.resilienceroadmap.shared.audit.AuditEntry;
import org.resilienceroadmap.shared.audit.AuditLog;
import org.resilienceroadmap.shared.error.InvalidRequestException;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.error.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code action.bpmn}, called by its delegates: each moves the action's status, writes
 * the audit trail and tells the people concerned. The process decides which step comes next.
 * <p>Over 300 lines: one short method per step of the model, so the class reads as the model's list of steps.
 */
@Service
public class ActionSteps {

    private final ActionRepository actions;
    private final PeopleDirectory people;
    private final JurisdictionDirectory jurisdictions;
    private final Notifier notifier;
    private final AuditLog audit;
    private final ActionTally tally;
    private final ActionSettings settings;
    private final ActionPlanReviewerRepository planReviewers;
    private final Clock clock;

    ActionSteps(
            ActionRepository actions,
            PeopleDirectory people,
            JurisdictionDirectory jurisdictions,
            Notifier notifier,
            AuditLog audit,
            ActionTally tally,
            ActionSettings settings,
            ActionPlanReviewerRepository planReviewers,
            Clock clock) {
        this.actions = actions;
        this.settings = settings;
        this.planReviewers = planReviewers;
        this.tally = tally;
        this.people = people;
        this.jurisdictions = jurisdictions;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The working group accepted the action into the plan. Returns what the approval table reads,
     * taken from the action as it stands now (after any revision).
     */
    @Transactional
    public ApprovalInputs accept(Long actionId, String by, String comment) {
        Action action = get(actionId);
        action.acceptedBy(by);
        audit.record(new AuditEntry(
                        by, ActionService.SUBJECT_TYPE, String.valueOf(actionId), "action:accept", null, null, comment)
                .in(action.getJurisdictionId()));
        java.math.BigDecimal eur = settings.inEur(action.getBudget());
        return new ApprovalInputs(
                eur == null ? null : eur.doubleValue(),
                action.getBudget().currency(),
                action.getProgrammeId() != null,
                org.resilienceroadmap.shared.CommaSeparated.join(action.getEssentials()),
                countryOf(action.getJurisdictionId()));
    }

    /** The code of the country the jurisdiction is in (itself when it is one); empty above countries. */
    private String countryOf(Long jurisdictionId) {
        return jurisdictions.ancestryIds(jurisdictionId).stream()
                .map(jurisdictions::get)
                .filter(j -> j.getLevel() == org.resilienceroadmap.directory.JurisdictionLevel.COUNTRY)
                .map(org.resilienceroadmap.directory.Jurisdiction::getCode)
                .findFirst()
                .orElse("");
    }

    /** The approval table decided the action's route; kept on the action and in the audit trail. */
    @Transactional
    public void routed(Long actionId, ApprovalRoute route) {
        Action action = get(actionId);
        action.route(route);
        audit.record(new AuditEntry(
                        "engine",
                        ActionService.SUBJECT_TYPE,
                        String.valueOf(actionId),
                        "action:route",
                        null,
                        route.levelList().isEmpty() ? ApprovalRoute.NONE : route.levels(),
                        "rule " + route.rule() + " of table version " + route.tableVersion() + ": " + route.ruleText())
                .in(action.getJurisdictionId()));
    }

    /** The working group asked the proposer for changes; the proposer revises it and sends it again. */
    @Transactional
    public void askForChanges(Long actionId, String by, String comment) {
        Action action = get(actionId);
        audit.record(new AuditEntry(
                        by,
                        ActionService.SUBJECT_TYPE,
                        String.valueOf(actionId),
                        "action:changes-asked",
                        null,
                        null,
                        comment)
                .in(action.getJurisdictionId()));
        tell(actionId, "action.notice.changesAsked", List.of(action.getCreatedBy()));
    }

    /** The working group declined the proposal: it leaves the plan. */
    @Transactional
    public void decline(Long actionId, String by, String comment) {
        move(actionId, ActionStatus.PROPOSED, ActionStatus.CANCELLED, "action:decline", by, comment);
        tell(actionId, "action.notice.declined", List.of(get(actionId).getCreatedBy()));
    }

    /**
     * Four-eyes across the levels: who proposed the action, accepted it for the working group or
     * approved it at an earlier level does not approve it now. The engine asks on claim and completion.
     */
    @Transactional(readOnly = true)
    public void checkMayApprove(Long actionId, String username) {
        Action action = get(actionId);
        if (username.equals(action.getCreatedBy())
                || username.equals(action.getAcceptedBy())
                || action.getApprovedBy().contains(username)) {
            throw new org.resilienceroadmap.shared.error.ForbiddenException(Refusal.of("refusal.action.fourEyes"));
        }
    }

    /** One level of the route approved it. */
    @Transactional
    public void approvedAtLevel(Long actionId, String by) {
        get(actionId).approvedAtLevel(by);
    }

    /** The action's route is complete: it is approved and its implementation starts; the donor hears when the table said so. */
    @Transactional
    public void approve(Long actionId, String by, String comment) {
        move(actionId, ActionStatus.PROPOSED, ActionStatus.APPROVED, "action:approve", by, comment);
        tell(actionId, "action.notice.approved", owner(actionId));
        Action action = get(actionId);
        if (action.getRoute() != null && action.getRoute().tellsDonor() && action.getProgrammeId() != null) {
            tell(actionId, "action.notice.approvedForDonor", people.donorsOf(action.getProgrammeId()));
        }
    }

    /** Who proposed the action: the working group's request for changes goes back to them. */
    @Transactional(readOnly = true)
    public String proposerOf(Long actionId) {
        return get(actionId).getCreatedBy();
    }

    /** The members the chair named to review the proposed actions of the action's strategy (the chairs review anyway). */
    @Transactional(readOnly = true)
    public List<String> reviewersOf(Long actionId) {
        return planReviewers.usernames(get(actionId).getStrategyId());
    }

    @Transactional
    public void reject(Long actionId, String by, String comment) {
        move(actionId, ActionStatus.PROPOSED, ActionStatus.CANCELLED, "action:reject", by, comment);
        tell(actionId, "action.notice.rejected", owner(actionId));
    }

    @Transactional
    public void markCompleted(Long actionId) {
        move(
                actionId,
                ActionStatus.IN_PROGRESS,
                ActionStatus.COMPLETED,
                "action:completed",
                owner(actionId).get(0),
                null);
        tell(actionId, "action.notice.completionClaimed", coordinators(actionId));
    }

    @Transactional
    public void verify(Long actionId, String by, String comment) {
        move(actionId, ActionStatus.COMPLETED, ActionStatus.VERIFIED, "action:verify", by, comment);
        tell(actionId, "action.notice.verified", owner(actionId));
    }

    @Transactional
    public void returnForWork(Long actionId, String by, String comment) {
        move(actionId, ActionStatus.COMPLETED, ActionStatus.IN_PROGRESS, "action:return", by, comment);
        tell(actionId, "action.notice.returned", owner(actionId));
    }

    /** The due date passed before completion: the coordinators must extend or cancel it; the owner hears too. */
    @Transactional
    public void escalateOverdue(Long actionId) {
        Action action = get(actionId);
        audit.record(new AuditEntry(
                        "engine",
                        ActionService.SUBJECT_TYPE,
                        String.valueOf(actionId),
                        "action:overdue",
                        action.getStatus().name(),
                        action.getStatus().name(),
                        "due " + action.getDueDate())
                .in(action.getJurisdictionId()));
        List<String> told = new ArrayList<>(coordinators(actionId));
        told.addAll(owner(actionId));
        tell(actionId, "action.notice.overdue", told);
    }

    @Transactional
    public void extend(Long actionId, String newDueDate, String by, String comment) {
        Action action = get(actionId);
        LocalDate due;
        try {
            due = LocalDate.parse(newDueDate == null ? "" : newDueDate.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("newDueDate", Refusal.of("refusal.action.newDueFormat"));
        }
        if (!due.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("newDueDate", Refusal.of("refusal.action.newDueInFuture"));
        }
        String old = action.getDueDate().toString();
        TallyShare before = action.share();
        action.extendTo(due);
        tally.add(action.getJurisdictionId(), action.share().minus(before));
        audit.record(new AuditEntry(
                        by,
                        ActionService.SUBJECT_TYPE,
                        String.valueOf(actionId),
                        "action:extend",
                        old,
                        due.toString(),
                        comment)
                .in(action.getJurisdictionId()));
        tell(actionId, "action.notice.extended", owner(actionId));
    }

    @Transactional
    public void cancel(Long actionId, String by, String comment) {
        Action action = get(actionId);
        move(actionId, action.getStatus(), ActionStatus.CANCELLED, "action:cancel", by, comment);
        tell(actionId, "action.notice.cancelled", owner(actionId));
    }

    /** A progress report is due: remind the owner. */
    @Transactional
    public void progressDue(Long actionId) {
        tell(actionId, "action.notice.progressDue", owner(actionId));
    }

    /** The instant the action becomes overdue: the end of its due date ({@link Days#endOf}), as the engine's timer reads it. */
    @Transactional(readOnly = true)
    public String dueAt(Long actionId) {
        return Days.endOf(get(actionId).getDueDate()).toString();
    }

    @Transactional(readOnly = true)
    public String ownerOf(Long actionId) {
        return get(actionId).getOwner();
    }

    private void move(Long actionId, ActionStatus from, ActionStatus to, String what, String by, String comment) {
        Action action = get(actionId);
        TallyShare before = action.share();
        action.move(from, to);
        if (to == ActionStatus.COMPLETED) {
            action.completeOn(LocalDate.now(clock));
        } else if (from == ActionStatus.COMPLETED && to == ActionStatus.IN_PROGRESS) {
            action.completeOn(null);
        }
        tally.add(action.getJurisdictionId(), action.share().minus(before));
        audit.record(new AuditEntry(
                        by, ActionService.SUBJECT_TYPE, String.valueOf(actionId), what, from.name(), to.name(), comment)
                .in(action.getJurisdictionId()));
    }

    private void tell(Long actionId, String key, List<String> who) {
        Action action = get(actionId);
        notifier.notify(
                who,
                new Notice(key, List.of(action.getTitle(), action.getDueDate().toString()), "actions/" + actionId));
    }

    private List<String> owner(Long actionId) {
        return List.of(get(actionId).getOwner());
    }

    private List<String> coordinators(Long actionId) {
        return people.usernames(jurisdictions.ancestryIds(get(actionId).getJurisdictionId()), Set.of(Role.COORDINATOR));
    }

    private Action get(Long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
    }
}
