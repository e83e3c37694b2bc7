package org.resilienceroadmap.shared;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An amount in a currency (ISO 4217 code), as budgets and disbursements are kept; never a float. */
@Embeddable
public record Money(
        @Column(name = "budget_amount") BigDecimal amount,
        @Column(name = "budget_currency") String currency) {

    public Money {
        if (amount != null) {
            amount = amount.setScale(2, java.math.RoundingMode.HALF_UP);
        }
        if (currency != null) {
            currency = currency.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    public boolean isValid() {
        return amount != null && amount.signum() >= 0 && currency != null && currency.matches("[A-Z]{3}");
    }
}
