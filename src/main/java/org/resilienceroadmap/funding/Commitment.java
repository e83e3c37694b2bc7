package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** Money a programme has promised (a contract, a grant agreement) before it pays it out. */
@Entity
@Table(name = "commitment")
class Commitment extends BaseEntity {

    private Long programmeId;
    private LocalDate committedOn;
    private BigDecimal amount;
    private String currency;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected Commitment() {}

    Commitment(
            Long programmeId,
            LocalDate committedOn,
            BigDecimal amount,
            String currency,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.programmeId = programmeId;
        this.committedOn = committedOn;
        this.amount = amount;
        this.currency = currency;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    LocalDate getCommittedOn() {
        return committedOn;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getCurrency() {
        return currency;
    }

    String getNote() {
        return note;
    }
}
