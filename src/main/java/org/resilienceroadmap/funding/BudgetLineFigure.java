package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.shared.Money;

/** A budget line of a programme: what is planned for a period. */
public record BudgetLineFigure(
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        @JsonIgnore BigDecimal amount,
        @JsonIgnore String currency) {

    @JsonProperty("amount")
    public Money money() {
        return Money.of(amount, currency);
    }
}
