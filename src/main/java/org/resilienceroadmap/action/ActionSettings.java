package org.resilienceroadmap.action;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Implement Better settings ({@code roadmap.action.*}): the progress-report cycle as an ISO-8601
 * repeating interval (quarterly: {@code R/P3M}), the largest evidence file, and the reference rates
 * (EUR per unit of a currency) by which the approval table reads a budget in EUR. The rates are the
 * programme's fixed reference rates, not market rates: a threshold must not move with the market
 * while an action waits for its review.
 */
@ConfigurationProperties("roadmap.action")
public record ActionSettings(
        @DefaultValue("R/P3M") String progressCycle,
        @DefaultValue("20971520") long maxEvidenceBytes,
        Map<String, BigDecimal> eurRates) {

    public ActionSettings {
        eurRates = eurRates == null ? Map.of() : Map.copyOf(eurRates);
    }

    /** The length of one progress-report cycle: the period of {@link #progressCycle} ({@code R/P3M}: three months). */
    public java.time.Period progressPeriod() {
        String[] parts = progressCycle.split("/");
        return java.time.Period.parse(parts[parts.length - 1]);
    }

    /** The budget in EUR at the reference rate; none for a currency without one. */
    public BigDecimal inEur(org.resilienceroadmap.shared.Money money) {
        if (money == null || money.amount() == null || money.currency() == null) {
            return null;
        }
        if ("EUR".equals(money.currency())) {
            return money.amount();
        }
        BigDecimal rate = eurRates.get(money.currency());
        return rate == null ? null : money.amount().multiply(rate).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
