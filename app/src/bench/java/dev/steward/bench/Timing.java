package dev.steward.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/// Wall-clock timing in milliseconds. Medians, not means: on a shared machine one descheduled run
/// should not move the number.
final class Timing {
    private Timing() {
    }

    static double ms(Callable<?> work) {
        long start = System.nanoTime();
        try {
            work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /// Runs `work` `warmup` times untimed, then `runs` times, and returns the median.
    static double median(int warmup, int runs, Callable<?> work) {
        return median(warmup, runs, () -> { }, work);
    }

    /// As {@link #median(int, int, Callable)}, running `between` untimed before every run.
    static double median(int warmup, int runs, Runnable between, Callable<?> work) {
        for (int i = 0; i < warmup; i++) {
            between.run();
            ms(work);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            between.run();
            times[i] = ms(work);
        }
        return median(times);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
