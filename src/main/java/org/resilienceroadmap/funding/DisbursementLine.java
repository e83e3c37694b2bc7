package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.shared.Money;

/** Money paid out under a programme. */
public record DisbursementLine(
        LocalDate paidOn,
        @JsonIgnore BigDecimal amount,
        @JsonIgnore String currency,
        String reference) {

    @JsonProperty("amount")
    public Money money() {
        return Money.of(amount, currency);
    }
}
