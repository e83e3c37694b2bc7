package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator's value as it stood in a month (first day of the month); written once, never changed. */
@Entity
@Table(name = "indicator_snapshot")
class IndicatorSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long indicatorId;

    @Column(name = "snapshot_month")
    private LocalDate month;

    @Column(name = "amount")
    private BigDecimal value;

    private Instant takenAt;

    protected IndicatorSnapshot() {}

    IndicatorSnapshot(Long indicatorId, LocalDate month, BigDecimal value, Instant takenAt) {
        this.indicatorId = indicatorId;
        this.month = month;
        this.value = value;
        this.takenAt = takenAt;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public LocalDate getMonth() {
        return month;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
