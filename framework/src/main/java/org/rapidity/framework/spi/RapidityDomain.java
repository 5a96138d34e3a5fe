package org.rapidity.framework.spi;

import java.util.Locale;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Where a species' rapidity lives: the whole real line (a continuum gas, whose states must decay
 * at the ends of any finite grid), a closed interval (a band with hard ends), or a circle of
 * period {@code L} (a Brillouin zone: a lattice model's rapidities, e.g. the gapped XXZ chain's
 * {@code λ ∈ [-π/2, π/2)} with period π, Takahashi's book ch. 9). Immutable.
 *
 * <p>A circle is integrated by the periodic trapezoidal rule (equal weights, spectrally accurate
 * for smooth periodic integrands) and differentiated with periodic differences; the check that a
 * state vanishes at the ends of the grid applies only where the domain has open ends (the line,
 * or an interval the grid does not cover).
 */
public final class RapidityDomain {

    /** The kinds of domain. */
    public enum Kind {
        /** The real line, open at both ends. */
        LINE,
        /** A closed interval {@code [min, max]}. */
        INTERVAL,
        /** A circle {@code [min, min + period)}, its ends identified. */
        CIRCLE
    }

    private static final RapidityDomain LINE = new RapidityDomain(Kind.LINE,
            Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    private final Kind kind;
    private final double min;
    private final double max;

    private RapidityDomain(Kind kind, double min, double max) {
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    /** The real line (the default of every model). */
    public static RapidityDomain line() {
        return LINE;
    }

    /** The closed interval {@code [min, max]}. */
    public static RapidityDomain interval(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new IllegalArgumentException("need finite min < max, got [" + min + ", " + max
                    + "]");
        }
        return new RapidityDomain(Kind.INTERVAL, min, max);
    }

    /** The circle {@code [min, min + period)}. */
    public static RapidityDomain circle(double min, double period) {
        if (!Double.isFinite(min) || !Double.isFinite(period) || !(period > 0)) {
            throw new IllegalArgumentException("need finite min and period > 0, got " + min
                    + ", " + period);
        }
        return new RapidityDomain(Kind.CIRCLE, min, min + period);
    }

    /** The kind. */
    public Kind kind() {
        return kind;
    }

    /** Whether the ends are identified (a circle). */
    public boolean isPeriodic() {
        return kind == Kind.CIRCLE;
    }

    /** Whether the domain is bounded (an interval or a circle). */
    public boolean isBounded() {
        return kind != Kind.LINE;
    }

    /** Lower end ({@code -∞} on the line). */
    public double min() {
        return min;
    }

    /** Upper end ({@code +∞} on the line; {@code min + period} on a circle). */
    public double max() {
        return max;
    }

    /** The period of a circle. */
    public double period() {
        if (kind != Kind.CIRCLE) {
            throw new IllegalStateException(this + " is not a circle");
        }
        return max - min;
    }

    /**
     * The natural quadrature of a bounded domain with {@code points} nodes: the periodic
     * trapezoidal rule on a circle, Gauss–Legendre on an interval.
     *
     * @throws IllegalStateException on the line, which has no natural finite grid
     */
    public QuadratureGrid grid(int points) {
        switch (kind) {
            case CIRCLE:
                return QuadratureGrid.periodic(min, max - min, points);
            case INTERVAL:
                return QuadratureGrid.gaussLegendre(min, max, points);
            default:
                throw new IllegalStateException("the real line has no natural finite grid");
        }
    }

    /**
     * Whether a grid spans the whole domain, so that its ends are the domain's (no truncation):
     * always false on the line.
     */
    public boolean coveredBy(QuadratureGrid grid) {
        if (kind == Kind.LINE) {
            return false;
        }
        double tol = 1e-12 * Math.max(1, max - min);
        return grid.min() <= min + tol && grid.max() >= max - tol;
    }

    /** Probe rapidities strictly inside the domain (for tests), away from its ends. */
    public double[] probes() {
        if (kind == Kind.LINE) {
            return new double[] {-3.1, -0.7, 0.0, 0.4, 2.3};
        }
        double[] f = {0.07, 0.31, 0.5, 0.56, 0.88};
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = min + f[i] * (max - min);
        }
        return out;
    }

    @Override
    public String toString() {
        switch (kind) {
            case LINE:
                return "the real line";
            case INTERVAL:
                return String.format(Locale.ROOT, "the interval [%s, %s]", min, max);
            default:
                return String.format(Locale.ROOT, "the circle [%s, %s) of period %s", min, max,
                        max - min);
        }
    }
}
