package org.resilienceroadmap.bench;

import java.util.Arrays;
import java.util.Locale;

/** Timings of one operation, in nanoseconds, and their percentiles (nearest rank). */
final class Latency {

    private long[] samples = new long[256];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    /** Times {@code operation} {@code warmUp} times unrecorded, then {@code rounds} times recorded. */
    static Latency of(int warmUp, int rounds, Runnable operation) {
        for (int i = 0; i < warmUp; i++) {
            operation.run();
        }
        Latency latency = new Latency();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            operation.run();
            latency.add(System.nanoTime() - start);
        }
        return latency;
    }

    synchronized int count() {
        return count;
    }

    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    String summary() {
        return String.format(
                Locale.ROOT,
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d runs)",
                percentileMillis(50),
                percentileMillis(95),
                percentileMillis(99),
                count());
    }
}
