package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** The formal adoption of an approved strategy: the decision, its date, the body that adopted it, the signed document. */
@Entity
@Table(name = "strategy_adoption")
public class StrategyAdoption extends BaseEntity {

    private Long strategyId;
    private String decisionReference;
    private LocalDate adoptedOn;
    private String adoptingBody;
    private Long documentId;
    private String recordedBy;
    private Instant recordedAt;

    protected StrategyAdoption() {}

    StrategyAdoption(Long strategyId, AdoptionRecord record, Long documentId, String recordedBy, Instant recordedAt) {
        this.strategyId = strategyId;
        this.decisionReference = record.decisionReference();
        this.adoptedOn = record.adoptedOn();
        this.adoptingBody = record.adoptingBody();
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getStrategyId() {
        return strategyId;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getAdoptingBody() {
        return adoptingBody;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
