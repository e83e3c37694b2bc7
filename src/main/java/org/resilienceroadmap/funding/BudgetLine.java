package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** What a programme plans to spend in a period. */
@Entity
@Table(name = "budget_line")
class BudgetLine extends BaseEntity {

    private Long programmeId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal amount;
    private String currency;

    protected BudgetLine() {}

    BudgetLine(
            Long programmeId,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal amount,
            String currency) {
        this.programmeId = programmeId;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.amount = amount;
        this.currency = currency;
    }

    BudgetLineFigure figure() {
        return new BudgetLineFigure(title, periodStart, periodEnd, amount, currency);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }
}
