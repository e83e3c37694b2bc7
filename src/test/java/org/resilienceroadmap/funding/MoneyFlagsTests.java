package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resilienceroadmap.support.FastTest;

@FastTest
class MoneyFlagsTests {

    private static final BigDecimal BUDGET = new BigDecimal("1000.00");

    private static boolean ahead(String spent, int done, int margin) {
        return MoneyFlags.spendingAhead(new BigDecimal(spent), BUDGET, BigDecimal.valueOf(done), margin);
    }

    @Test
    void spendingExactlyTheMarginAheadIsNotFlaggedAndOneCentMoreIs() {
        assertThat(ahead("650.00", 40, 25)).isFalse();
        assertThat(ahead("650.01", 40, 25)).isTrue();
        assertThat(ahead("649.99", 40, 25)).isFalse();
    }

    @Test
    void theMarginIsTheConfiguredOne() {
        assertThat(ahead("500.00", 40, 10)).isFalse();
        assertThat(ahead("500.01", 40, 10)).isTrue();
        assertThat(ahead("1000.00", 100, 0)).isFalse();
    }

    @Test
    void withoutABudgetNothingRunsAhead() {
        assertThat(MoneyFlags.spendingAhead(BigDecimal.TEN, null, BigDecimal.ZERO, 25))
                .isFalse();
        assertThat(MoneyFlags.spendingAhead(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, 25))
                .isFalse();
        assertThat(MoneyFlags.percent(BigDecimal.TEN, null)).isNull();
        assertThat(MoneyFlags.percent(new BigDecimal("333.33"), BUDGET)).isEqualByComparingTo("33.3");
    }

    @Test
    void committedMoneyUnspentIsFlaggedOnlyAfterExactlyHalfThePeriod() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate due = LocalDate.of(2026, 1, 21); // 20 days: half is 11 January
        BigDecimal committed = new BigDecimal("100");
        assertThat(MoneyFlags.unspentPastHalf(committed, BigDecimal.ZERO, start, due, LocalDate.of(2026, 1, 11)))
                .isFalse();
        assertThat(MoneyFlags.unspentPastHalf(committed, BigDecimal.ZERO, start, due, LocalDate.of(2026, 1, 12)))
                .isTrue();
        // All of it spent: nothing sits unspent.
        assertThat(MoneyFlags.unspentPastHalf(committed, committed, start, due, LocalDate.of(2026, 1, 20)))
                .isFalse();
        // Nothing committed: nothing to sit.
        assertThat(MoneyFlags.unspentPastHalf(BigDecimal.ZERO, BigDecimal.ZERO, start, due, LocalDate.of(2026, 1, 20)))
                .isFalse();
        // An odd number of days: 21 days, so the 11th day (10.5 elapsed rounds to past only at 11) flags.
        LocalDate odd = LocalDate.of(2026, 1, 22);
        assertThat(MoneyFlags.unspentPastHalf(committed, BigDecimal.ZERO, start, odd, LocalDate.of(2026, 1, 11)))
                .isFalse();
        assertThat(MoneyFlags.unspentPastHalf(committed, BigDecimal.ZERO, start, odd, LocalDate.of(2026, 1, 12)))
                .isTrue();
    }
}
