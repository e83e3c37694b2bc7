package org.resilienceroadmap.gate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A manual item ticked for one jurisdiction's gate by its chair or a coordinator, with the evidence. */
@Entity
@Table(name = "gate_tick")
public class GateTick extends BaseEntity {

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private Gate gate;

    private String itemCode;
    private String note;
    private String link;
    private Long fileId;
    private String tickedBy;
    private Instant tickedAt;

    protected GateTick() {}

    GateTick(
            Long jurisdictionId,
            Gate gate,
            String itemCode,
            Evidence evidence,
            Long fileId,
            String tickedBy,
            Instant tickedAt) {
        this.jurisdictionId = jurisdictionId;
        this.gate = gate;
        this.itemCode = itemCode;
        this.note = evidence.note();
        this.link = evidence.link();
        this.fileId = fileId;
        this.tickedBy = tickedBy;
        this.tickedAt = tickedAt;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getNote() {
        return note;
    }

    public String getLink() {
        return link;
    }

    public Long getFileId() {
        return fileId;
    }

    public String getTickedBy() {
        return tickedBy;
    }

    public Instant getTickedAt() {
        return tickedAt;
    }

    Long getJurisdictionId() {
        return jurisdictionId;
    }
}
