package org.resilienceroadmap.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A share is computed once from the exact values and rounded once: 1 of 6 cities against a 50 %
 * target is 16.7 % shown and 33.3 % of the target (rounding the share first gave 33.4 %). Which way
 * an indicator improves follows its measure unless it says otherwise.
 */
class IndicatorFiguresTests {

    private final IndicatorBoard board = new IndicatorBoard(null, null, null, null);

    @Test
    void oneOfSixAgainstFiftyPercentIs33Point3PercentOfTarget() {
        Indicator share = new Indicator(
                1L,
                1L,
                1,
                new IndicatorSpec(
                        "E2",
                        "Cities with a strategy",
                        "%",
                        IndicatorMeasure.LOCAL_STRATEGIES_SHARE,
                        BigDecimal.ZERO,
                        2020,
                        new BigDecimal("50"),
                        2025,
                        null));
        BigDecimal exact = BigDecimal.valueOf(100)
                .divide(BigDecimal.valueOf(6), IndicatorCounter.EXACT_SCALE, RoundingMode.HALF_UP);
        IndicatorLine line = board.line(share, null, exact, LocalDate.of(2025, 3, 1));
        assertThat(line.actual()).isEqualByComparingTo("16.7");
        assertThat(line.percentOfTarget()).isEqualByComparingTo("33.3");
        assertThat(line.progress()).isEqualByComparingTo("33.3");
        assertThat(line.rule()).isEqualTo("ANY_ADOPTED");
    }

    @Test
    void overdueActionsAreLowerIsBetterAndReachedAtOrBelowTarget() {
        Indicator overdue = new Indicator(
                1L,
                1L,
                1,
                new IndicatorSpec(
                        "OD",
                        "Overdue",
                        "count",
                        IndicatorMeasure.ACTIONS_OVERDUE,
                        null,
                        null,
                        new BigDecimal("4"),
                        null,
                        null));
        IndicatorLine atTarget = board.line(overdue, null, new BigDecimal("4"), LocalDate.of(2025, 3, 1));
        IndicatorLine above = board.line(overdue, null, new BigDecimal("5"), LocalDate.of(2025, 3, 1));
        assertThat(atTarget.direction()).isEqualTo("LOWER");
        assertThat(atTarget.reached()).isTrue();
        assertThat(above.reached()).isFalse();
        Indicator completed = new Indicator(
                1L,
                1L,
                1,
                new IndicatorSpec(
                        "DN",
                        "Done",
                        "count",
                        IndicatorMeasure.ACTIONS_COMPLETED,
                        null,
                        null,
                        new BigDecimal("4"),
                        null,
                        null,
                        IndicatorDirection.LOWER,
                        null));
        assertThat(board.line(completed, null, BigDecimal.ONE, LocalDate.of(2025, 3, 1))
                        .direction())
                .isEqualTo("LOWER");
    }
}
