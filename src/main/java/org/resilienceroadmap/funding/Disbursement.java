package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** Money paid out under a programme, recorded by whom and when. */
@Entity
@Table(name = "disbursement")
class Disbursement extends BaseEntity {

    private Long programmeId;
    private LocalDate paidOn;
    private BigDecimal amount;
    private String currency;
    private String reference;
    private String recordedBy;
    private Instant recordedAt;

    protected Disbursement() {}

    Disbursement(
            Long programmeId,
            LocalDate paidOn,
            BigDecimal amount,
            String currency,
            String reference,
            String recordedBy,
            Instant recordedAt) {
        this.programmeId = programmeId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.currency = currency;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    DisbursementLine line() {
        return new DisbursementLine(paidOn, amount, currency, reference);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
