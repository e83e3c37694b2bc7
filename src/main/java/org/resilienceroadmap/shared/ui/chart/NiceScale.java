package org.resilienceroadmap.shared.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis from {@code min} to {@code max} in steps of 1, 2 or 5 times a power of ten, so that
 * ticks read as round numbers people can compare at a glance.
 */
public record NiceScale(double min, double max, double step) {

    private static final double SLACK = 1e-9;

    /** The narrowest such axis holding {@code low} to {@code high} with at most {@code maxTicks} ticks. */
    public static NiceScale covering(double low, double high, int maxTicks) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || maxTicks < 2) {
            throw new IllegalArgumentException("a scale needs finite bounds and at least two ticks");
        }
        double from = Math.min(low, high);
        double to = Math.max(low, high);
        if (to == from) {
            to = from + (from == 0 ? 1 : Math.abs(from));
        }
        BigDecimal step = niceStep((to - from) / (maxTicks - 1));
        while (true) {
            long first = (long) Math.floor(from / step.doubleValue() + SLACK);
            long last = (long) Math.ceil(to / step.doubleValue() - SLACK);
            if (last - first <= maxTicks - 1) {
                return new NiceScale(multiple(step, first), multiple(step, last), step.doubleValue());
            }
            step = niceStep(step.doubleValue() * 1.5);
        }
    }

    /** Tick values from min to max, computed in decimal so they print without stray digits. */
    public List<Double> ticks() {
        BigDecimal exact = BigDecimal.valueOf(step);
        long first = Math.round(min / step);
        long count = Math.round((max - min) / step);
        List<Double> ticks = new ArrayList<>();
        for (long i = 0; i <= count; i++) {
            ticks.add(multiple(exact, first + i));
        }
        return ticks;
    }

    /** Where a value lies between min (0) and max (1). */
    public double fraction(double value) {
        return (value - min) / (max - min);
    }

    /** Decimals a tick needs: none for a step of 5, one for 0.5, two for 0.02. */
    public int decimals() {
        return Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    }

    /** The smallest 1, 2 or 5 times a power of ten not below {@code rough}. */
    private static BigDecimal niceStep(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        int nice = fraction <= 1 + SLACK ? 1 : fraction <= 2 + SLACK ? 2 : fraction <= 5 + SLACK ? 5 : 10;
        return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
    }

    private static double multiple(BigDecimal step, long times) {
        return step.multiply(BigDecimal.valueOf(times)).doubleValue();
    }
}
