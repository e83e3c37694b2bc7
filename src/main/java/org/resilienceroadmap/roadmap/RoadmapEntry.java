package org.resilienceroadmap.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.directory.RoadmapStage;
import org.resilienceroadmap.shared.BaseEntity;

/**
 * How a jurisdiction entered the roadmap at stage B or C: the stage it asked for, the evidence its chair
 * attached (the prior assessment; for C the adopted strategy, its date and adopting body) and the
 * coordinator's validation, which accepts that stage or sends the city back to an earlier one.
 */
@Entity
@Table(name = "roadmap_entry")
public class RoadmapEntry extends BaseEntity {

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private RoadmapStage requestedStage;

    private LocalDate joinedOn;
    private Long documentId;
    private LocalDate strategyAdoptedOn;
    private String adoptingBody;
    private String attachedBy;
    private Instant attachedAt;

    @Enumerated(EnumType.STRING)
    private EntryDecision decision;

    @Enumerated(EnumType.STRING)
    private RoadmapStage decidedStage;

    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected RoadmapEntry() {}

    RoadmapEntry(Long jurisdictionId, RoadmapStage requestedStage, LocalDate joinedOn) {
        this.jurisdictionId = jurisdictionId;
        this.requestedStage = requestedStage;
        this.joinedOn = joinedOn;
    }

    void attach(Long documentId, LocalDate strategyAdoptedOn, String adoptingBody, String by, Instant at) {
        this.documentId = documentId;
        this.strategyAdoptedOn = strategyAdoptedOn;
        this.adoptingBody = adoptingBody;
        this.attachedBy = by;
        this.attachedAt = at;
    }

    void decide(EntryDecision decision, RoadmapStage stage, String by, String comment, Instant at) {
        this.decision = decision;
        this.decidedStage = stage;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    /** Whether the evidence its stage needs is attached: a document, and for C also the adoption's date and body. */
    public boolean evidenceComplete() {
        return documentId != null
                && (requestedStage != RoadmapStage.C
                        || (strategyAdoptedOn != null && adoptingBody != null && !adoptingBody.isBlank()));
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public RoadmapStage getRequestedStage() {
        return requestedStage;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public LocalDate getStrategyAdoptedOn() {
        return strategyAdoptedOn;
    }

    public String getAdoptingBody() {
        return adoptingBody;
    }

    public String getAttachedBy() {
        return attachedBy;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public EntryDecision getDecision() {
        return decision;
    }

    public RoadmapStage getDecidedStage() {
        return decidedStage;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionComment() {
        return decisionComment;
    }
}
