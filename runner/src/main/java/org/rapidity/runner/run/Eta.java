package org.rapidity.runner.run;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The estimated wall time left to a run, from the rate at which its simulated time advanced over
 * the recent past: {@code (t_end - t) / (Δt / Δwall)} with the differences taken over the last
 * {@code window} seconds of wall time (the whole run while it is shorter). A recent window
 * follows a solver whose steps grow (adaptive Landau steps, log-spaced outputs) or shrink (a
 * stiff stage) better than the rate since the start; the estimate is still a linear forecast
 * and says so ("about").
 */
final class Eta {

    private final double window;
    private final ArrayDeque<double[]> samples = new ArrayDeque<>();

    /** @param window seconds of wall time the rate is measured over (> 0) */
    Eta(double window) {
        if (!(window > 0)) {
            throw new IllegalArgumentException("window must be > 0, got " + window);
        }
        this.window = window;
    }

    /** Records that the run reached simulated time {@code t} at wall time {@code wall} (s). */
    void observe(double wall, double t) {
        samples.addLast(new double[] {wall, t});
        while (samples.size() > 2 && wall - samples.peekFirst()[0] > window
                && wall - secondOldest()[0] >= window) {
            samples.pollFirst();
        }
    }

    private double[] secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }

    /**
     * Seconds of wall time until simulated time {@code end}, or NaN while no advance has been
     * seen (fewer than two samples, or no simulated time passed).
     */
    double secondsLeft(double end) {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        double[] a = samples.peekFirst();
        double[] b = samples.peekLast();
        double dt = b[1] - a[1];
        double dw = b[0] - a[0];
        if (!(dt > 0) || !(dw > 0)) {
            return Double.NaN;
        }
        return Math.max(0, (end - b[1]) * dw / dt);
    }

    /** A duration for a progress line: "42 s", "7 min", "3.2 h". */
    static String format(double seconds) {
        if (seconds < 100) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 6000) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
