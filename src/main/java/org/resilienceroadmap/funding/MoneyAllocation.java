package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** A part of a disbursement or a commitment set against one action the programme funds. */
@Entity
@Table(name = "money_allocation")
class MoneyAllocation extends BaseEntity {

    private Long programmeId;

    @Enumerated(EnumType.STRING)
    private MoneySourceKind sourceKind;

    private Long sourceId;
    private Long actionId;
    private BigDecimal amount;
    private String currency;
    private String allocatedBy;
    private Instant allocatedAt;

    protected MoneyAllocation() {}

    MoneyAllocation(
            Long programmeId,
            MoneySourceKind sourceKind,
            Long sourceId,
            Long actionId,
            BigDecimal amount,
            String currency,
            String allocatedBy,
            Instant allocatedAt) {
        this.programmeId = programmeId;
        this.sourceKind = sourceKind;
        this.sourceId = sourceId;
        this.actionId = actionId;
        this.amount = amount;
        this.currency = currency;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    MoneySourceKind getSourceKind() {
        return sourceKind;
    }

    Long getSourceId() {
        return sourceId;
    }

    Long getActionId() {
        return actionId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    String getAllocatedBy() {
        return allocatedBy;
    }

    Instant getAllocatedAt() {
        return allocatedAt;
    }
}
