package org.rapidity.solvers.md;

import java.util.function.DoubleUnaryOperator;
import org.rapidity.framework.spi.Perturbation;

/**
 * The pair potential the molecular dynamics uses, tabulated for speed: {@code U(r)} for a
 * separation {@code 0 <= r < r_c} (the minimum-image distance on the ring), as a piecewise
 * quintic Hermite interpolant that matches {@code U}, {@code U'} and {@code U''} at equally spaced
 * nodes. The force is the exact derivative of the tabulated energy, so the simulated Hamiltonian
 * is smooth ({@code C²}) and conserves its own energy; it differs from the exact one by the
 * interpolation error, about {@code (h/ξ)⁶} relative for node spacing {@code h} (tested to
 * {@code 1e-9}).
 *
 * <p>Two choices of {@code U}:
 * <ul>
 *   <li>no cutoff ({@code r_c = L/2}): the periodic sum over images
 *       {@code U(r) = Σ_n V(r + nL)}, the exact pair energy of the periodic system, even and
 *       {@code L}-periodic, hence smooth at {@code r = L/2} where its derivative vanishes (the
 *       plain minimum-image potential would have a force jump there). Images are summed while
 *       {@code |V(nL - L/2)| > 1e-13 |V(0)|} (a constant tail below that is dropped);</li>
 *   <li>a cutoff {@code r_c < L/2}: {@code U(r) = V(r) S(r)}, with {@code S} a {@code C²} switch
 *       ({@code 1 - 10u³ + 15u⁴ - 6u⁵}, {@code u = (r - 3r_c/4)/(r_c/4)}) that goes from 1 at
 *       {@code 3r_c/4} to 0 at {@code r_c}: forces stay continuous, the neglected interaction
 *       is that of pairs beyond {@code 3r_c/4}.</li>
 * </ul>
 * {@code V''} is not part of the {@link Perturbation} SPI: it is taken by fourth-order finite
 * differences of {@code V'} (one-sided at {@code r = 0}, where the power law has a kink in
 * {@code V'''}). Units: those of the perturbation (energy, length).
 */
final class PairTable {

    private final double range;
    private final double spacing;
    private final double inverseSpacing;
    private final int intervals;
    private final boolean zero;
    /** Per interval: coefficients of U'(r) in t = (r - r_k)/h, degree 4 (already divided by h). */
    private final double[] force;
    /** Per interval: coefficients of U(r) in t, degree 5. */
    private final double[] energy;

    private PairTable(double range, int intervals, double[] u, double[] du, double[] ddu,
            boolean zero) {
        this.range = range;
        this.intervals = intervals;
        this.spacing = range / intervals;
        this.inverseSpacing = intervals / range;
        this.zero = zero;
        this.force = new double[5 * intervals];
        this.energy = new double[6 * intervals];
        double h = spacing;
        for (int k = 0; k < intervals; k++) {
            double p0 = u[k];
            double p1 = u[k + 1];
            double d0 = du[k] * h;
            double d1 = du[k + 1] * h;
            double s0 = ddu[k] * h * h;
            double s1 = ddu[k + 1] * h * h;
            double c0 = p0;
            double c1 = d0;
            double c2 = 0.5 * s0;
            double c3 = -10 * p0 - 6 * d0 - 1.5 * s0 + 0.5 * s1 - 4 * d1 + 10 * p1;
            double c4 = 15 * p0 + 8 * d0 + 1.5 * s0 - s1 + 7 * d1 - 15 * p1;
            double c5 = -6 * p0 - 3 * d0 - 0.5 * s0 + 0.5 * s1 - 3 * d1 + 6 * p1;
            int e = 6 * k;
            energy[e] = c0;
            energy[e + 1] = c1;
            energy[e + 2] = c2;
            energy[e + 3] = c3;
            energy[e + 4] = c4;
            energy[e + 5] = c5;
            int f = 5 * k;
            force[f] = c1 / h;
            force[f + 1] = 2 * c2 / h;
            force[f + 2] = 3 * c3 / h;
            force[f + 3] = 4 * c4 / h;
            force[f + 4] = 5 * c5 / h;
        }
    }

    /**
     * The table of a perturbation (or {@code null} for none) on a ring.
     *
     * @param v the long-range potential, or {@code null} for no interaction
     * @param ringLength {@code L}
     * @param cutoff {@code r_c}; {@code <= 0} or {@code >= L/2} means none (periodic images)
     */
    static PairTable of(Perturbation v, double ringLength, double cutoff) {
        double half = ringLength / 2;
        boolean images = !(cutoff > 0 && cutoff < half);
        double range = images ? half : cutoff;
        double scale = v == null ? range : Math.min(v.range(), range);
        int intervals = (int) Math.min(2_000_000, Math.max(64, Math.ceil(range / scale * 50)));
        double[] u = new double[intervals + 1];
        double[] du = new double[intervals + 1];
        double[] ddu = new double[intervals + 1];
        boolean zero = v == null || v.potential(0) == 0 && v.potentialDerivative(scale) == 0;
        if (!zero) {
            DoubleUnaryOperator value;
            DoubleUnaryOperator slope;
            if (images) {
                int n = imageCount(v, ringLength);
                value = r -> imageSum(v::potential, r, ringLength, n);
                slope = r -> imageSum(v::potentialDerivative, r, ringLength, n);
            } else {
                value = v::potential;
                slope = v::potentialDerivative;
            }
            double delta = 1e-3 * scale;
            for (int k = 0; k <= intervals; k++) {
                double r = range * k / intervals;
                double p = value.applyAsDouble(r);
                double dp = slope.applyAsDouble(r);
                double ddp = k == 0 ? forwardSecondDerivative(slope, delta)
                        : centralSecondDerivative(slope, r, delta);
                if (images) {
                    u[k] = p;
                    du[k] = dp;
                    ddu[k] = ddp;
                } else {
                    double[] s = taper(r, range);
                    u[k] = p * s[0];
                    du[k] = dp * s[0] + p * s[1];
                    ddu[k] = ddp * s[0] + 2 * dp * s[1] + p * s[2];
                }
            }
        }
        return new PairTable(range, intervals, u, du, ddu, zero);
    }

    /** Number of images on each side: until |V(nL - L/2)| <= 1e-13 |V(0)|. */
    static int imageCount(Perturbation v, double ringLength) {
        double v0 = Math.abs(v.potential(0));
        int n = 0;
        while (n < 100_000 && Math.abs(v.potential((n + 1) * ringLength - ringLength / 2))
                > 1e-13 * v0) {
            n++;
        }
        return n;
    }

    private static double imageSum(DoubleUnaryOperator f, double r, double ringLength, int n) {
        // smallest terms first
        double s = 0;
        for (int m = n; m >= 1; m--) {
            s += f.applyAsDouble(r + m * ringLength) + f.applyAsDouble(r - m * ringLength);
        }
        return s + f.applyAsDouble(r);
    }

    private static double centralSecondDerivative(DoubleUnaryOperator f, double r, double d) {
        return (f.applyAsDouble(r - 2 * d) - 8 * f.applyAsDouble(r - d)
                + 8 * f.applyAsDouble(r + d) - f.applyAsDouble(r + 2 * d)) / (12 * d);
    }

    private static double forwardSecondDerivative(DoubleUnaryOperator f, double d) {
        return (-25 * f.applyAsDouble(0) + 48 * f.applyAsDouble(d) - 36 * f.applyAsDouble(2 * d)
                + 16 * f.applyAsDouble(3 * d) - 3 * f.applyAsDouble(4 * d)) / (12 * d);
    }

    /** The switch S(r) and its first two derivatives. */
    static double[] taper(double r, double cutoff) {
        double start = 0.75 * cutoff;
        if (r <= start) {
            return new double[] {1, 0, 0};
        }
        if (r >= cutoff) {
            return new double[] {0, 0, 0};
        }
        double w = cutoff - start;
        double t = (r - start) / w;
        double s = 1 - t * t * t * (10 - 15 * t + 6 * t * t);
        double ds = -30 * t * t * (1 - t) * (1 - t) / w;
        double dds = -60 * t * (1 - t) * (1 - 2 * t) / (w * w);
        return new double[] {s, ds, dds};
    }

    /** Pairs at separations {@code >= range()} do not interact ({@code L/2} without cutoff). */
    double range() {
        return range;
    }

    /** Whether the potential vanishes identically (no forces to compute). */
    boolean isZero() {
        return zero;
    }

    /** Node spacing of the table. */
    double spacing() {
        return spacing;
    }

    /** Inverse node spacing (for inlined evaluation in force loops). */
    double inverseSpacing() {
        return inverseSpacing;
    }

    /** Number of intervals. */
    int intervals() {
        return intervals;
    }

    /**
     * The coefficients of {@code U'} (5 per interval, in {@code t = r/h - k}); for loops that
     * inline {@link #derivative}. Do not modify.
     */
    double[] forceCoefficients() {
        return force;
    }

    /** {@code U'(r)} for {@code 0 <= r}; zero at and beyond the range. */
    double derivative(double r) {
        double s = r * inverseSpacing;
        int k = (int) s;
        if (k >= intervals) {
            if (r >= range) {
                return 0;
            }
            k = intervals - 1;
        }
        return quartic(force, s, k);
    }

    /**
     * {@code U'} on interval {@code k} of the table at {@code s = r/h} ({@code k <= s}): the
     * quartic of the coefficients {@code c} ({@link #forceCoefficients()}) in {@code t = s - k}.
     */
    static double quartic(double[] c, double s, int k) {
        double t = s - k;
        int o = 5 * k;
        return c[o] + t * (c[o + 1] + t * (c[o + 2] + t * (c[o + 3] + t * c[o + 4])));
    }

    /** {@code U(r)} for {@code 0 <= r}; zero at and beyond the range when there is a cutoff. */
    double value(double r) {
        double s = r * inverseSpacing;
        int k = (int) s;
        if (k >= intervals) {
            k = intervals - 1;
        }
        double t = s - k;
        if (t > 1) {
            return 0; // beyond a cutoff
        }
        int e = 6 * k;
        double[] c = energy;
        return c[e] + t * (c[e + 1] + t * (c[e + 2] + t * (c[e + 3] + t * (c[e + 4]
                + t * c[e + 5]))));
    }
}
