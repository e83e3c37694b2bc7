package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.shared.Money;

/** The headline of a programme as reports print it. */
public record ProgrammeFacts(
        Long id,
        String code,
        String title,
        String donor,
        String implementer,
        @JsonIgnore BigDecimal amount,
        @JsonIgnore String currency,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<String> components) {

    @JsonProperty("amount")
    public Money money() {
        return Money.of(amount, currency);
    }
}
