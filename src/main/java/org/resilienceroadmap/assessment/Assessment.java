package org.resilienceroadmap.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;
import org.resilienceroadmap.shared.error.ConflictException;
import org.resilienceroadmap.shared.error.Refusal;

/** A scorecard self-assessment of one jurisdiction with one template; immutable once validated. */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    private Long jurisdictionId;
    private String templateId;
    private String templateVersion;

    @Enumerated(EnumType.STRING)
    private AssessmentState state = AssessmentState.DRAFT;

    private LocalDate workshopStart;
    private LocalDate workshopEnd;
    private String createdBy;
    private Instant createdAt;
    private String validatedBy;
    private Instant validatedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "assessment_assignment", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "essential")
    @Column(name = "scorer")
    private Map<Integer, String> scorers = new HashMap<>();

    protected Assessment() {}

    Assessment(
            Long jurisdictionId,
            ScorecardTemplate template,
            LocalDate workshopStart,
            LocalDate workshopEnd,
            String createdBy,
            Instant createdAt) {
        if (workshopStart != null && workshopEnd != null && workshopEnd.isBefore(workshopStart)) {
            throw new IllegalArgumentException("The workshop ends before it starts");
        }
        this.jurisdictionId = jurisdictionId;
        this.templateId = template.id();
        this.templateVersion = template.version();
        this.workshopStart = workshopStart;
        this.workshopEnd = workshopEnd;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void assign(int essential, String scorer) {
        requireState(AssessmentState.DRAFT);
        scorers.put(essential, scorer);
    }

    void unassign(int essential) {
        requireState(AssessmentState.DRAFT);
        scorers.remove(essential);
    }

    void moveTo(AssessmentState next) {
        requireNotValidated();
        this.state = next;
    }

    void validate(String by, Instant at) {
        requireState(AssessmentState.IN_VALIDATION);
        this.state = AssessmentState.VALIDATED;
        this.validatedBy = by;
        this.validatedAt = at;
    }

    void requireState(AssessmentState expected) {
        if (state != expected) {
            throw new ConflictException(Refusal.of(
                    "refusal.assessment.wrongState",
                    new Refusal.Text("assessment.state." + state),
                    new Refusal.Text("assessment.state." + expected)));
        }
    }

    void requireNotValidated() {
        if (state == AssessmentState.VALIDATED) {
            throw new ConflictException(Refusal.of("refusal.assessment.validated"));
        }
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public String getTemplateId() {
        return templateId;
    }

    public String getTemplateVersion() {
        return templateVersion;
    }

    public AssessmentState getState() {
        return state;
    }

    public LocalDate getWorkshopStart() {
        return workshopStart;
    }

    public LocalDate getWorkshopEnd() {
        return workshopEnd;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getValidatedBy() {
        return validatedBy;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public Map<Integer, String> getScorers() {
        return Map.copyOf(scorers);
    }
}
