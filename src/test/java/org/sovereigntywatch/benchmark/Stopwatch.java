package org.sovereigntywatch.benchmark;

import java.util.Arrays;

/** Runs a piece of work repeatedly and reports percentiles of its duration, after a warm-up. */
final class Stopwatch {

    private Stopwatch() {
    }

    record Percentiles(double p50, double p95, int runs) {
        String text() {
            return "%.1f / %.1f".formatted(p50, p95);
        }
    }

    static Percentiles time(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new Percentiles(percentile(millis, 50), percentile(millis, 95), runs);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
