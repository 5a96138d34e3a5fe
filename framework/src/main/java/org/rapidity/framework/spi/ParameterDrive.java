package org.rapidity.framework.spi;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A model parameter driven in time by name ({@code model.c(t)}; an XXZ anisotropy or a Hubbard
 * {@code U} the same way): {@code p(t) = p(0) + rate·min(t, t_end)} — a linear ramp from the
 * model's own value that stops at {@link #target()} (if given). Values in the model's units.
 */
public interface ParameterDrive extends Drive {

    /** The driven parameter, as the model names it (e.g. {@code c}). */
    String parameter();

    /** {@code ∂_t p} while the ramp runs, model units per model time unit; never 0. */
    double rate();

    /** Where the ramp stops ({@code NaN}: it runs to the end of the run). */
    double target();

    /**
     * {@code p(t)} from {@code p(0) = p0}: {@code p0 + rate·min(t, t_end)} with
     * {@code t_end = (target − p0)/rate} (a drive of another shape overrides it).
     */
    default double value(double p0, double t) {
        double end = Double.isNaN(target()) ? Double.POSITIVE_INFINITY
                : (target() - p0) / rate();
        return p0 + rate() * Math.min(t, end);
    }

    /**
     * The first time in {@code [0, horizon]} at which {@code p(t) = p} ({@link #value}), or
     * {@code +∞} if the drive does not reach it by then. The default finds it by root finding:
     * the first of 64 equal pieces of {@code [0, horizon]} over which {@code p(t) − p} changes
     * sign, then Brent's method (Commons Math) to a relative 1e-15 of the time, or, where it
     * reaches {@code p} and stays (a ramp that stops there), bisection to the first such time;
     * a linear ramp answers in closed form.
     */
    default double timeOf(double p0, double p, double horizon) {
        if (!(horizon > 0 && horizon < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("the root finding needs a finite horizon > 0, got "
                    + horizon);
        }
        int pieces = 64;
        double start = Math.signum(value(p0, 0) - p);
        if (start == 0) {
            return 0;
        }
        for (int k = 1; k <= pieces; k++) {
            double a = horizon * (k - 1) / pieces;
            double b = horizon * k / pieces;
            double after = Math.signum(value(p0, b) - p);
            if (after == -start) {
                return new BrentSolver(1e-15, 1e-15 * horizon).solve(200,
                        t -> value(p0, t) - p, a, b);
            }
            while (after == 0 && b - a > 1e-15 * horizon) { // reached, perhaps earlier
                double m = 0.5 * (a + b);
                if (Math.signum(value(p0, m) - p) == start) {
                    a = m;
                } else {
                    b = m;
                }
            }
            if (after == 0) {
                return b;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
