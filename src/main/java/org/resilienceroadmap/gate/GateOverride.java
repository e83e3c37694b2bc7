package org.resilienceroadmap.gate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A coordinator approved a gate with mandatory items open: which ones, who, when and why. Never changed. */
@Entity
@Table(name = "gate_override")
public class GateOverride extends BaseEntity {

    private Long jurisdictionId;

    @Enumerated(EnumType.STRING)
    private Gate gate;

    private String reason;
    private String openItems;
    private String overriddenBy;
    private Instant overriddenAt;

    protected GateOverride() {}

    GateOverride(
            Long jurisdictionId,
            Gate gate,
            String reason,
            String openItems,
            String overriddenBy,
            Instant overriddenAt) {
        this.jurisdictionId = jurisdictionId;
        this.gate = gate;
        this.reason = reason;
        this.openItems = openItems;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    public String getReason() {
        return reason;
    }

    /** The codes of the mandatory items that were open, comma-separated. */
    public String getOpenItems() {
        return openItems;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }
}
