package org.sovereigntywatch.benchmark;

import java.util.Arrays;

/**
 * Runs a piece of work repeatedly and reports percentiles of its duration, after a warm-up. Slow work stops after
 * {@value #BUDGET_SECONDS} seconds of runs (at least {@value #MIN_RUNS}), so that one slow case cannot stall the run.
 */
final class Stopwatch {

    private Stopwatch() {
    }

    record Percentiles(double p50, double p95, int runs) {
        String text() {
            return "%.1f / %.1f (%d runs)".formatted(p50, p95, runs);
        }
    }

    static final int BUDGET_SECONDS = 15;
    static final int MIN_RUNS = 20;

    static Percentiles time(int warmup, int runs, Runnable work) {
        long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L / 4;
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            work.run();
        }
        deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        double[] millis = new double[runs];
        int done = 0;
        while (done < runs && (done < MIN_RUNS || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            work.run();
            millis[done++] = (System.nanoTime() - start) / 1_000_000.0;
        }
        double[] measured = Arrays.copyOf(millis, done);
        Arrays.sort(measured);
        return new Percentiles(percentile(measured, 50), percentile(measured, 95), done);
    }

    /** Percentiles of durations measured elsewhere, in milliseconds. */
    static Percentiles percentiles(java.util.List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Percentiles(percentile(sorted, 50), percentile(sorted, 95), sorted.length);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
