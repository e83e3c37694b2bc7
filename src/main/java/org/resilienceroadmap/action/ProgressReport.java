package org.resilienceroadmap.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.CommaSeparated;

/** What the owner reported for a period: percent done, a narrative, evidence files; a completion claim is the last one. */
@Entity
@Table(name = "action_progress")
public class ProgressReport extends BaseEntity {

    private Long actionId;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int percent;
    private String narrative;
    private String evidence;
    private boolean completionClaim;
    private String reportedBy;
    private Instant reportedAt;

    protected ProgressReport() {}

    ProgressReport(
            Long actionId,
            LocalDate periodStart,
            LocalDate periodEnd,
            int percent,
            String narrative,
            List<Long> evidence,
            boolean completionClaim,
            String reportedBy,
            Instant reportedAt) {
        this.actionId = actionId;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.percent = percent;
        this.narrative = narrative;
        this.evidence = CommaSeparated.join(evidence);
        this.completionClaim = completionClaim;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public Long getActionId() {
        return actionId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getPercent() {
        return percent;
    }

    public String getNarrative() {
        return narrative;
    }

    public List<Long> getEvidenceIds() {
        return CommaSeparated.longs(evidence);
    }

    public boolean isCompletionClaim() {
        return completionClaim;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
