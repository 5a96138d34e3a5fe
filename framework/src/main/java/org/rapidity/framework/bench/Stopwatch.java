package org.rapidity.framework.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The timing harness of {@code rapidity bench}: each operation is warmed up (for a third of the
 * budget), then run in batches of about 50 ms until the budget is spent; the result is the
 * median time per call over the batches, with the fastest batch beside it. The values the
 * operation returns are summed so that the JIT cannot remove the work.
 */
public final class Stopwatch {

    /**
     * One timing.
     *
     * @param median median time per call (s)
     * @param best fastest batch, per call (s)
     * @param calls calls measured
     */
    public record Timing(double median, double best, int calls) {

        /** "median (best)" with a readable unit. */
        public String text() {
            return unit(median) + " (" + unit(best) + ")";
        }
    }

    private final double seconds;

    /** @param seconds measuring budget per operation, after warm-up */
    public Stopwatch(double seconds) {
        this.seconds = seconds;
    }

    /** The measuring budget per operation (s). */
    public double seconds() {
        return seconds;
    }

    /** Times one operation. */
    public Timing time(DoubleSupplier op) {
        double sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int warmCalls = 0;
        while (System.nanoTime() < warmEnd || warmCalls < 2) {
            sink += op.getAsDouble();
            warmCalls++;
        }
        long t0 = System.nanoTime();
        sink += op.getAsDouble();
        double single = (System.nanoTime() - t0) * 1e-9;
        int batch = (int) Math.max(1, Math.min(1_000_000, 0.05 / Math.max(single, 1e-9)));
        List<Double> perCall = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int calls = 0;
        while (System.nanoTime() < end || perCall.size() < 3) {
            long s = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += op.getAsDouble();
            }
            perCall.add((System.nanoTime() - s) * 1e-9 / batch);
            calls += batch;
        }
        if (Double.isNaN(sink) && sink == 0) {
            throw new AssertionError("unreachable: keeps the sum alive");
        }
        double[] sorted = perCall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Timing(sorted[sorted.length / 2], sorted[0], calls);
    }

    /** A duration in s, ms or µs. */
    public static String unit(double s) {
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.3f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.3f µs", s * 1e6);
    }
}
