package org.rapidity.framework.bench;

import java.util.Locale;

/**
 * A run time that grows linearly with a size {@code x} (simulated time, samples):
 * {@code seconds = fixed + perUnit · x}, fitted by least squares to timings at several sizes and
 * used to extrapolate. The fit is refused, with the reason, when it cannot be true: fewer than
 * two sizes, a cost that does not grow ({@code perUnit ≤ 0}, the usual outcome of two noisy
 * short timings), a growth across the measured range smaller than a quarter of the smallest
 * timing (noise, not cost), or a negative fixed cost beyond that noise. A benchmark prints the
 * reason instead of a number.
 *
 * @param fixed seconds independent of {@code x} (at least 0)
 * @param perUnit seconds per unit of {@code x}
 */
public record LinearCost(double fixed, double perUnit) {

    /** A fit, or the reason there is none. */
    public record Fit(LinearCost cost, String refusal) {
        /** Whether a cost was fitted. */
        public boolean ok() {
            return cost != null;
        }
    }

    /**
     * Fits {@code seconds[i] ≈ fixed + perUnit x[i]}.
     *
     * @param x sizes, not all equal
     * @param seconds timings at those sizes
     */
    public static Fit fit(double[] x, double[] seconds) {
        int n = x.length;
        if (n < 2 || seconds.length != n) {
            return new Fit(null, "needs timings at two sizes or more, got " + n);
        }
        double mx = 0;
        double my = 0;
        double minY = Double.POSITIVE_INFINITY;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += seconds[i] / n;
            minY = Math.min(minY, seconds[i]);
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (seconds[i] - my);
        }
        if (!(sxx > 0)) {
            return new Fit(null, "needs two different sizes");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double growth = slope * (maxX - minX);
        if (!(slope > 0) || growth < 0.25 * minY) {
            return new Fit(null, String.format(Locale.ROOT, "the timings do not grow with the"
                    + " size beyond their noise (%.3g s more over the range, from %.3g s);"
                    + " time longer runs (without --quick)", growth, minY));
        }
        if (intercept < -0.25 * minY) {
            return new Fit(null, String.format(Locale.ROOT, "the fitted fixed cost is negative"
                    + " (%.3g s): the timings are not linear in the size", intercept));
        }
        return new Fit(new LinearCost(Math.max(0, intercept), slope), null);
    }

    /** The predicted seconds at size {@code x} (positive). */
    public double at(double x) {
        return fixed + perUnit * x;
    }
}
