package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator with its figures as of a day. {@code computed} says the actual was counted from the
 * workflow's own data ({@code measure} names the count), not typed by a person.
 */
public record IndicatorLine(Long id, String code, String name, String resultCode, String unit, boolean computed,
        String measure, BigDecimal baseline, Integer baselineYear, BigDecimal target, Integer targetYear,
        BigDecimal actual, LocalDate asOf, String meansOfVerification) {
}
