package org.resilienceroadmap.action.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.ApprovalRoute;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.action.PlanReview;
import org.resilienceroadmap.action.PlanReviewDetail;
import org.resilienceroadmap.action.ProgressReport;
import org.resilienceroadmap.shared.Money;
import org.resilienceroadmap.shared.api.Versioned;

/** The JSON shapes of the action API; money as {@link Money} writes itself. */
final class ActionJson {

    private ActionJson() {}

    record Summary(
            Long id,
            Long strategyId,
            Long objectiveId,
            Long jurisdictionId,
            String title,
            String leadAgency,
            String owner,
            LocalDate start,
            LocalDate due,
            Money budget,
            Long programmeId,
            List<Integer> essentials,
            List<String> hazards,
            List<Integer> sendaiPriorities,
            String status,
            int percentDone,
            boolean overdue,
            long version,
            String acceptedBy,
            RouteJson route,
            List<String> approvedBy) {
        static Summary of(Action a, LocalDate today) {
            return new Summary(
                    a.getId(),
                    a.getStrategyId(),
                    a.getObjectiveId(),
                    a.getJurisdictionId(),
                    a.getTitle(),
                    a.getLeadAgency(),
                    a.getOwner(),
                    a.getStartDate(),
                    a.getDueDate(),
                    a.getBudget(),
                    a.getProgrammeId(),
                    a.getEssentials(),
                    a.getHazards(),
                    a.getSendaiPriorities(),
                    a.getStatus().name(),
                    a.getPercentDone(),
                    a.isOverdue(today),
                    a.getVersion(),
                    a.getAcceptedBy(),
                    RouteJson.of(a.getRoute()),
                    a.getApprovedBy());
        }
    }

    /**
     * What the approval table decided when the working group accepted the action: the levels that
     * approve after it, in order (empty when the acceptance suffices), whether the donor is told, and
     * which rule of which table version decided; null before.
     */
    record RouteJson(List<String> levels, boolean tellDonor, Integer rule, String ruleText, Integer tableVersion) {
        static RouteJson of(ApprovalRoute r) {
            return r == null
                    ? null
                    : new RouteJson(r.levelList(), r.tellsDonor(), r.rule(), r.ruleText(), r.tableVersion());
        }
    }

    /**
     * An imported plan under review: each row's decision ({@code accept}, {@code change}, {@code decline};
     * null while undecided) and comment.
     */
    record PlanReviewJson(
            Long id,
            Long strategyId,
            Long jurisdictionId,
            String fileName,
            String proposedBy,
            Instant proposedAt,
            boolean decided,
            String decidedBy,
            Instant decidedAt,
            long undecided,
            boolean mayDecide,
            List<PlanRowJson> rows) {
        static PlanReviewJson of(PlanReviewDetail d, boolean mayDecide) {
            PlanReview r = d.review();
            return new PlanReviewJson(
                    r.getId(),
                    r.getStrategyId(),
                    r.getJurisdictionId(),
                    r.getFileName(),
                    r.getProposedBy(),
                    r.getProposedAt(),
                    r.isDecided(),
                    r.getDecidedBy(),
                    r.getDecidedAt(),
                    d.undecided(),
                    mayDecide,
                    d.rows().stream().map(PlanRowJson::of).toList());
        }
    }

    record PlanRowJson(
            Long actionId,
            String title,
            String owner,
            LocalDate due,
            Money budget,
            String status,
            String decision,
            String comment) {
        static PlanRowJson of(Action a) {
            return new PlanRowJson(
                    a.getId(),
                    a.getTitle(),
                    a.getOwner(),
                    a.getDueDate(),
                    a.getBudget(),
                    a.getStatus().name(),
                    a.getPlanDecision() == null ? null : a.getPlanDecision().outcome(),
                    a.getPlanComment());
        }
    }

    record Detail(
            Summary action, String description, String objective, List<MilestoneJson> milestones, List<Report> progress)
            implements Versioned {

        @Override
        @JsonIgnore
        public long version() {
            return action.version();
        }

        static Detail of(ActionDetail d, LocalDate today) {
            return new Detail(
                    Summary.of(d.action(), today),
                    d.action().getDescription(),
                    d.objectiveTitle(),
                    d.milestones().stream().map(m -> MilestoneJson.of(m, today)).toList(),
                    d.reports().stream().map(r -> Report.of(r, d)).toList());
        }
    }

    record MilestoneJson(Long id, String title, LocalDate target, LocalDate actual, boolean missed) {
        static MilestoneJson of(Milestone m, LocalDate today) {
            return new MilestoneJson(m.getId(), m.getTitle(), m.getTargetDate(), m.getActualDate(), m.isMissed(today));
        }
    }

    record Report(
            LocalDate periodStart,
            LocalDate periodEnd,
            int percent,
            String narrative,
            boolean completionClaim,
            String reportedBy,
            Instant reportedAt,
            List<EvidenceLink> evidence) {
        static Report of(ProgressReport r, ActionDetail d) {
            return new Report(
                    r.getPeriodStart(),
                    r.getPeriodEnd(),
                    r.getPercent(),
                    r.getNarrative(),
                    r.isCompletionClaim(),
                    r.getReportedBy(),
                    r.getReportedAt(),
                    r.getEvidenceIds().stream()
                            .map(id -> new EvidenceLink(
                                    d.evidenceNames().get(id),
                                    "/api/v1/actions/" + r.getActionId() + "/evidence/" + id))
                            .toList());
        }
    }

    record EvidenceLink(String name, String href) {}
}
