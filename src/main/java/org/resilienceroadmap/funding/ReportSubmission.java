package org.resilienceroadmap.funding;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the donor received: figures and narrative as signed off, numbered per report. Never changed. */
@Entity
@Table(name = "donor_report_submission")
class ReportSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reportId;
    private int revision;
    private String narrative;
    private String content;
    private String submittedBy;
    private Instant submittedAt;

    protected ReportSubmission() {}

    ReportSubmission(
            Long reportId, int revision, String narrative, String content, String submittedBy, Instant submittedAt) {
        this.reportId = reportId;
        this.revision = revision;
        this.narrative = narrative;
        this.content = content;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getRevision() {
        return revision;
    }

    public String getNarrative() {
        return narrative;
    }

    String getContent() {
        return content;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
