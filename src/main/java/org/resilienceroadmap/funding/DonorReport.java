package org.resilienceroadmap.funding;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.error.ConflictException;

/**
 * One periodic report of a programme while it is prepared: the figures compiled from live data
 * (JSON of {@link ReportContent}) and the narrative a coordinator edits. What the donor receives is
 * a {@link ReportSubmission}, frozen at sign-off.
 */
@Entity
@Table(name = "donor_report")
public class DonorReport extends BaseEntity {

    private Long programmeId;
    private int number;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    private String narrative;
    private String content;
    private Instant compiledAt;
    private String processInstanceId;

    protected DonorReport() {}

    DonorReport(
            Long programmeId,
            int number,
            LocalDate periodStart,
            LocalDate periodEnd,
            String narrative,
            String content,
            Instant compiledAt,
            String processInstanceId) {
        this.programmeId = programmeId;
        this.number = number;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.state = ReportState.AWAITING_SIGN_OFF;
        this.narrative = narrative;
        this.content = content;
        this.compiledAt = compiledAt;
        this.processInstanceId = processInstanceId;
    }

    void recompiled(String content, Instant at) {
        this.content = content;
        this.compiledAt = at;
    }

    void editNarrative(String text) {
        if (state == ReportState.SUBMITTED || state == ReportState.ACKNOWLEDGED) {
            throw new ConflictException("Report " + number + " has been submitted; its narrative no longer changes");
        }
        this.narrative = text;
    }

    void move(ReportState to) {
        this.state = to;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public ReportState getState() {
        return state;
    }

    public String getNarrative() {
        return narrative;
    }

    String getContent() {
        return content;
    }

    public Instant getCompiledAt() {
        return compiledAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
