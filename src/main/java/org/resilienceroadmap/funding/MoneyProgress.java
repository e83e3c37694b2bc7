package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.resilienceroadmap.action.ActionStatus;
import org.resilienceroadmap.directory.PlaceNames;
import org.resilienceroadmap.shared.Money;

/**
 * A programme's money set against the progress of the actions it funds, per country ▸ city ▸ action,
 * in the programme's currency, over the reader's scope. {@code marginPoints} is how far percent spent
 * may run ahead of percent done before an action is flagged. Managers also get the disbursements and
 * commitments with what is left of each to allocate.
 */
public record MoneyProgress(
        Long programmeId,
        String currency,
        int marginPoints,
        LocalDate asOf,
        boolean whole,
        boolean mayManage,
        Figures total,
        List<Country> countries,
        List<Source> sources,
        List<Allocation> allocations) {

    /**
     * Budget, committed and spent money; percent spent of the budget and percent done (an action's own;
     * over several actions, weighted by their budgets); how many actions below are flagged for spending
     * ahead of progress and for money unspent past half their period (an action's own: 0 or 1). The money
     * is in {@code currency}, the programme's, and written in the API's one money shape.
     */
    public record Figures(
            @JsonIgnore BigDecimal budget,
            @JsonIgnore BigDecimal committed,
            @JsonIgnore BigDecimal spent,
            BigDecimal percentSpent,
            BigDecimal percentDone,
            int spendingAhead,
            int unspentPastHalf,
            @JsonIgnore String currency) {

        @JsonProperty("budget")
        public Money budgetMoney() {
            return Money.of(budget, currency);
        }

        @JsonProperty("committed")
        public Money committedMoney() {
            return Money.of(committed, currency);
        }

        @JsonProperty("spent")
        public Money spentMoney() {
            return Money.of(spent, currency);
        }
    }

    public record ActionRow(
            Long actionId,
            String title,
            LocalDate start,
            LocalDate due,
            ActionStatus status,
            String budgetCurrency,
            Figures figures) {

        @JsonProperty
        public boolean spendingAhead() {
            return figures.spendingAhead() > 0;
        }

        @JsonProperty
        public boolean unspentPastHalf() {
            return figures.unspentPastHalf() > 0;
        }
    }

    public record City(
            Long jurisdictionId, String name, @JsonIgnore PlaceNames names, Figures figures, List<ActionRow> actions) {}

    public record Country(
            Long jurisdictionId, String name, @JsonIgnore PlaceNames names, Figures figures, List<City> cities) {}

    /** A disbursement or a commitment, with what of it is allocated and what remains. */
    public record Source(
            MoneySourceKind kind,
            Long id,
            LocalDate on,
            @JsonIgnore BigDecimal amount,
            @JsonIgnore String currency,
            String label,
            @JsonIgnore BigDecimal allocated,
            @JsonIgnore BigDecimal remaining,
            long version) {

        @JsonProperty("amount")
        public Money money() {
            return Money.of(amount, currency);
        }

        @JsonProperty("allocated")
        public Money allocatedMoney() {
            return Money.of(allocated, currency);
        }

        @JsonProperty("remaining")
        public Money remainingMoney() {
            return Money.of(remaining, currency);
        }
    }

    public record Allocation(
            Long id,
            long version,
            MoneySourceKind sourceKind,
            Long sourceId,
            Long actionId,
            String actionTitle,
            @JsonIgnore BigDecimal amount,
            @JsonIgnore String currency,
            String allocatedBy,
            Instant allocatedAt) {

        @JsonProperty("amount")
        public Money money() {
            return Money.of(amount, currency);
        }
    }

    /** Every action in the reader's scope, in the order the country and city lists give. */
    public List<ActionRow> actionRows() {
        return countries.stream()
                .flatMap(c -> c.cities().stream())
                .flatMap(c -> c.actions().stream())
                .toList();
    }
}
