package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The two warnings of money against progress, exact at their edges. Spending runs ahead when percent
 * spent exceeds percent done by more than the margin (exactly the margin is not flagged). Money sits
 * unspent when more is committed to an action than spent on it and more than half of its period, start
 * to due, has passed (exactly half is not flagged).
 */
final class MoneyFlags {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MoneyFlags() {}

    static boolean spendingAhead(BigDecimal spent, BigDecimal budget, BigDecimal percentDone, int margin) {
        if (budget == null || budget.signum() <= 0 || spent == null || percentDone == null) {
            return false;
        }
        // spent / budget × 100 − done > margin, without dividing
        return spent.multiply(HUNDRED)
                        .compareTo(percentDone.add(BigDecimal.valueOf(margin)).multiply(budget))
                > 0;
    }

    static boolean unspentPastHalf(
            BigDecimal committed, BigDecimal spent, LocalDate start, LocalDate due, LocalDate today) {
        if (committed == null || committed.compareTo(spent == null ? BigDecimal.ZERO : spent) <= 0) {
            return false;
        }
        if (start == null || due == null || !due.isAfter(start)) {
            return false;
        }
        long elapsed = ChronoUnit.DAYS.between(start, today);
        return elapsed * 2 > ChronoUnit.DAYS.between(start, due);
    }

    /** Spent as a percentage of the budget, one decimal; null without a budget. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** Percent done over several actions, weighted by their budgets; a plain mean when none has a budget. */
    static BigDecimal weightedDone(List<MoneyProgress.ActionRow> rows, String currency) {
        if (rows.isEmpty()) {
            return null;
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (MoneyProgress.ActionRow row : rows) {
            BigDecimal budget = row.figures().budget();
            if (budget != null && budget.signum() > 0 && currency.equals(row.budgetCurrency())) {
                weights = weights.add(budget);
                sum = sum.add(budget.multiply(row.figures().percentDone()));
            }
        }
        if (weights.signum() > 0) {
            return sum.divide(weights, 1, RoundingMode.HALF_UP);
        }
        BigDecimal plain = rows.stream().map(r -> r.figures().percentDone()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return plain.divide(BigDecimal.valueOf(rows.size()), 1, RoundingMode.HALF_UP);
    }
}
