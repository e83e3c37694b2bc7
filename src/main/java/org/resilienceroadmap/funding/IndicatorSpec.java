package org.resilienceroadmap.funding;

import java.math.BigDecimal;

/**
 * What a person sets on an indicator; {@code measure} null means its actual is reported by hand.
 * {@code direction} null takes the measure's own (overdue actions: lower is better), else higher is
 * better. {@code allEssentials} makes the share of cities with an adopted strategy count only
 * strategies whose objectives cover all Ten Essentials (null: no).
 */
public record IndicatorSpec(
        String code,
        String name,
        String unit,
        IndicatorMeasure measure,
        BigDecimal baseline,
        Integer baselineYear,
        BigDecimal target,
        Integer targetYear,
        String meansOfVerification,
        IndicatorDirection direction,
        Boolean allEssentials) {

    public IndicatorSpec(
            String code,
            String name,
            String unit,
            IndicatorMeasure measure,
            BigDecimal baseline,
            Integer baselineYear,
            BigDecimal target,
            Integer targetYear,
            String meansOfVerification) {
        this(code, name, unit, measure, baseline, baselineYear, target, targetYear, meansOfVerification, null, null);
    }
}
