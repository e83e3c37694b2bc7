package org.resilienceroadmap.funding;

import java.math.BigDecimal;

/** What a person sets on an indicator; {@code measure} null means its actual is reported by hand. */
public record IndicatorSpec(String code, String name, String unit, IndicatorMeasure measure, BigDecimal baseline,
        Integer baselineYear, BigDecimal target, Integer targetYear, String meansOfVerification) {
}
