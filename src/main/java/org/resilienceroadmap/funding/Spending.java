package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.shared.Money;

/** Budget against money paid, in the programme's currency. */
public record Spending(
        @JsonIgnore BigDecimal committed,
        @JsonIgnore BigDecimal budgeted,
        @JsonIgnore BigDecimal disbursed,
        String currency,
        List<BudgetLineFigure> lines,
        List<DisbursementLine> disbursements) {

    @JsonProperty("committed")
    public Money committedMoney() {
        return Money.of(committed, currency);
    }

    @JsonProperty("budgeted")
    public Money budgetedMoney() {
        return Money.of(budgeted, currency);
    }

    @JsonProperty("disbursed")
    public Money disbursedMoney() {
        return Money.of(disbursed, currency);
    }

    /** Disbursed as a percentage of the committed amount, one decimal; null when nothing is committed. */
    public BigDecimal disbursedPercent() {
        if (committed == null || committed.signum() == 0) {
            return null;
        }
        return disbursed.multiply(BigDecimal.valueOf(100)).divide(committed, 1, java.math.RoundingMode.HALF_UP);
    }

    /** The share unrounded as it stood at the end of that day: payments made by then. */
    public BigDecimal disbursedShareExact(java.time.LocalDate day) {
        if (committed == null || committed.signum() == 0) {
            return null;
        }
        BigDecimal paid = disbursements.stream()
                .filter(d -> !d.paidOn().isAfter(day))
                .map(DisbursementLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.multiply(BigDecimal.valueOf(100))
                .divide(committed, IndicatorCounter.EXACT_SCALE, java.math.RoundingMode.HALF_UP);
    }

    /** The same share unrounded (ten decimals), for an indicator that rounds it once where it is shown. */
    public BigDecimal disbursedShareExact() {
        if (committed == null || committed.signum() == 0) {
            return null;
        }
        return disbursed
                .multiply(BigDecimal.valueOf(100))
                .divide(committed, IndicatorCounter.EXACT_SCALE, java.math.RoundingMode.HALF_UP);
    }
}
