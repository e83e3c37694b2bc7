package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * An indicator with its figures as of a day. {@code computed} says the actual was counted from the
 * workflow's own data ({@code measure} names the count), not typed by a person. {@code direction} is
 * HIGHER or LOWER (which way is better); {@code rule} names what a share counts where it can count two
 * ways (ALL_TEN_ESSENTIALS or ANY_ADOPTED; null otherwise); {@code percentOfTarget} is the actual as a
 * share of the target, computed once from the exact values and rounded once to one decimal. Reports
 * compiled before these were kept have them null.
 */
public record IndicatorLine(
        Long id,
        String code,
        String name,
        String resultCode,
        String unit,
        boolean computed,
        String measure,
        BigDecimal baseline,
        Integer baselineYear,
        BigDecimal target,
        Integer targetYear,
        BigDecimal actual,
        LocalDate asOf,
        String meansOfVerification,
        String direction,
        String rule,
        BigDecimal percentOfTarget) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndicatorLine(
            Long id,
            String code,
            String name,
            String resultCode,
            String unit,
            boolean computed,
            String measure,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            BigDecimal actual,
            LocalDate asOf,
            String meansOfVerification) {
        this(
                id,
                code,
                name,
                resultCode,
                unit,
                computed,
                measure,
                baseline,
                baselineYear,
                target,
                targetYear,
                actual,
                asOf,
                meansOfVerification,
                null,
                null,
                null);
    }

    /** Actual as a share of target, one decimal: as computed from the exact values, else from the actual shown. */
    public BigDecimal progress() {
        if (percentOfTarget != null) {
            return percentOfTarget;
        }
        return percentOf(actual, target);
    }

    /** Whether less is better: overdue actions, people affected. */
    public boolean lowerIsBetter() {
        return IndicatorDirection.LOWER.name().equals(direction);
    }

    /** Whether the actual has reached the target in the indicator's direction; null without both. */
    public Boolean reached() {
        if (actual == null || target == null) {
            return null;
        }
        int against = actual.compareTo(target);
        return lowerIsBetter() ? against <= 0 : against >= 0;
    }

    static BigDecimal percentOf(BigDecimal value, BigDecimal target) {
        if (value == null || target == null || target.signum() == 0) {
            return null;
        }
        return value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
    }
}
