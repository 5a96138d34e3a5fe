package org.rapidity.runner;

import java.util.function.ToDoubleFunction;

/**
 * The end of the fast transient of the MD kurtosis at {@code a = 0} (Fig. 7 of the gBBGKY paper,
 * docs/fig7.md), {@code t_tr}: the plateau is the mean kurtosis over {@code [20, 40] t_tr} and
 * the late rates are read after {@code 40 t_tr} ({@link Fig7MdRates}). Two definitions:
 * <ul>
 *   <li>{@link #LEVEL}: the first time the kurtosis (initially -1.39) reaches -1.3. That level
 *       lies at 13 % of the rise from {@code K(0)} to the plateau at {@code V0/ξ = 0.4}, at 86 %
 *       at 0.1, and above the plateau (-1.33) at 0.075, where it is first crossed on the slow
 *       decay, thousands of time units later;</li>
 *   <li>{@link #rise}: the first time the kurtosis has risen the fraction {@code φ} of the way
 *       from {@code K(0)} to the plateau, {@code K = K(0) + φ (K_pl - K(0))}, with the plateau
 *       taken over the window that this {@code t_tr} places: a self-consistent definition, the
 *       same point of the fast rise at every coupling.</li>
 * </ul>
 * Times in hard-rod units ({@code m = 1}).
 */
record Fig7Transient(String name, ToDoubleFunction<RateCollapse.Curve> rule) {

    /** The first definition: {@code t_tr = t(K = -1.3)} ({@link Fig7MdRates#TRANSIENT_LEVEL}). */
    static final Fig7Transient LEVEL = new Fig7Transient(
            "t_tr = t(K = " + Fig7MdRates.TRANSIENT_LEVEL + ")",
            c -> RateCollapse.crossingTime(c, Fig7MdRates.TRANSIENT_LEVEL));

    /** The fraction of the rise used by the plateau-relative definition (docs/fig7.md). */
    static final double RISE_FRACTION = 0.25;

    /** The plateau-relative definition at {@link #RISE_FRACTION}. */
    static final Fig7Transient RISE = rise(RISE_FRACTION);

    /** The most fixed-point steps {@link #riseTime} takes before it gives up (NaN). */
    static final int MAX_STEPS = 100;

    /** {@code t_tr} of curve {@code c}; NaN where it is not defined. */
    double time(RateCollapse.Curve c) {
        return rule.applyAsDouble(c);
    }

    /** The plateau-relative definition at the rise fraction {@code phi} in (0, 1). */
    static Fig7Transient rise(double phi) {
        if (!(phi > 0 && phi < 1)) {
            throw new IllegalArgumentException("rise fraction phi must lie in (0, 1): " + phi);
        }
        return new Fig7Transient("t_tr = t(K = K(0) + " + phi + " (K_pl - K(0)))",
                c -> riseTime(c, phi));
    }

    /**
     * The first time {@code K = K(0) + φ (K_pl(t_tr) - K(0))}, {@code K_pl(t_tr)} the mean over
     * {@code [20, 40] t_tr} ({@link Fig7MdRates#plateau(RateCollapse.Curve, double)}), solved by
     * fixed-point steps from the first output after {@code t = 0}. The plateau depends on
     * {@code t_tr} only through the outputs in its window, so the steps end exactly when that set
     * repeats; NaN if the level is never reached or the steps do not settle.
     */
    static double riseTime(RateCollapse.Curve c, double phi) {
        double k0 = c.k()[0];
        double tt = c.t()[1];
        for (int step = 0; step < MAX_STEPS; step++) {
            double level = k0 + phi * (Fig7MdRates.plateau(c, tt) - k0);
            double next = RateCollapse.crossingTime(c, level);
            if (!(next > 0) || next == tt) {
                return next > 0 ? next : Double.NaN;
            }
            tt = next;
        }
        return Double.NaN;
    }
}
