package org.resilienceroadmap.action.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.resilienceroadmap.action.Action;
import org.resilienceroadmap.action.ActionDetail;
import org.resilienceroadmap.action.Milestone;
import org.resilienceroadmap.action.ProgressReport;
import org.resilienceroadmap.shared.Money;

/** The JSON shapes of the action API; money as {@code {"amount": "1250000.00", "currency": "EUR"}}. */
final class ActionJson {

    private ActionJson() {
    }

    record MoneyJson(String amount, String currency) {
        static MoneyJson of(Money m) {
            return m == null ? null : new MoneyJson(m.amount().toPlainString(), m.currency());
        }
    }

    record Summary(Long id, Long strategyId, Long objectiveId, Long jurisdictionId, String title, String leadAgency,
            String owner, LocalDate start, LocalDate due, MoneyJson budget, Long programmeId, List<Integer> essentials,
            List<String> hazards, List<Integer> sendaiPriorities, String status, int percentDone, boolean overdue,
            long version) {
        static Summary of(Action a, LocalDate today) {
            return new Summary(a.getId(), a.getStrategyId(), a.getObjectiveId(), a.getJurisdictionId(), a.getTitle(),
                    a.getLeadAgency(), a.getOwner(), a.getStartDate(), a.getDueDate(), MoneyJson.of(a.getBudget()),
                    a.getProgrammeId(), a.getEssentials(), a.getHazards(), a.getSendaiPriorities(), a.getStatus().name(),
                    a.getPercentDone(), a.isOverdue(today), a.getVersion());
        }
    }

    record Detail(Summary action, String description, String objective, List<MilestoneJson> milestones,
            List<Report> progress) {
        static Detail of(ActionDetail d, LocalDate today) {
            return new Detail(Summary.of(d.action(), today), d.action().getDescription(), d.objectiveTitle(),
                    d.milestones().stream().map(m -> MilestoneJson.of(m, today)).toList(),
                    d.reports().stream().map(r -> Report.of(r, d)).toList());
        }
    }

    record MilestoneJson(Long id, String title, LocalDate target, LocalDate actual, boolean missed) {
        static MilestoneJson of(Milestone m, LocalDate today) {
            return new MilestoneJson(m.getId(), m.getTitle(), m.getTargetDate(), m.getActualDate(), m.isMissed(today));
        }
    }

    record Report(LocalDate periodStart, LocalDate periodEnd, int percent, String narrative, boolean completionClaim,
            String reportedBy, Instant reportedAt, List<EvidenceLink> evidence) {
        static Report of(ProgressReport r, ActionDetail d) {
            return new Report(r.getPeriodStart(), r.getPeriodEnd(), r.getPercent(), r.getNarrative(),
                    r.isCompletionClaim(), r.getReportedBy(), r.getReportedAt(), r.getEvidenceIds().stream()
                            .map(id -> new EvidenceLink(d.evidenceNames().get(id), "/api/v1/actions/"
                                    + r.getActionId() + "/evidence/" + id)).toList());
        }
    }

    record EvidenceLink(String name, String href) {
    }
}
