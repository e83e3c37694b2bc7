package org.resilienceroadmap.directory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stay of a jurisdiction in a roadmap stage: when it entered, who approved the step into it, when it left. */
@Entity
@Table(name = "stage_history")
public class StageHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private RoadmapStage stage;

    private Instant enteredAt;
    private String approvedBy;
    private Instant leftAt;

    protected StageHistoryEntry() {}

    StageHistoryEntry(Long jurisdictionId, RoadmapStage stage, Instant enteredAt, String approvedBy) {
        this.jurisdictionId = jurisdictionId;
        this.stage = stage;
        this.enteredAt = enteredAt;
        this.approvedBy = approvedBy;
    }

    void leave(Instant at) {
        this.leftAt = at;
    }

    public Long getJurisdictionId() {
        return jurisdictionId;
    }

    public RoadmapStage getStage() {
        return stage;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getLeftAt() {
        return leftAt;
    }
}
