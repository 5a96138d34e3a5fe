package org.rapidity.framework.tba;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.rapidity.framework.param.InvalidInputException;

/**
 * A quadrature rule on a rapidity interval: nodes {@code θ_i} and weights {@code w_i} with
 * {@code ∫ dθ f(θ) ≈ Σ_i w_i f(θ_i)}. Every integral over rapidities in the TBA core is a sum
 * with these weights, never a bare spacing. Immutable.
 *
 * <ul>
 *   <li>{@link #gaussLegendre}: exact for polynomials of degree {@code 2N-1}; converges
 *       spectrally for smooth integrands on the interval;</li>
 *   <li>{@link #uniform}: the midpoint rule, {@code N} equal cells; spectrally accurate for
 *       integrands that decay smoothly to zero at both ends (the paper's grids are uniform).</li>
 * </ul>
 */
public final class QuadratureGrid {

    /** The quadrature rules a descriptor can name. */
    public enum Rule {
        /** Gauss–Legendre nodes and weights. */
        GAUSS_LEGENDRE("gauss-legendre"),
        /** Midpoint rule on equal cells. */
        UNIFORM("uniform");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        /** Name as written in descriptors. */
        public String label() {
            return label;
        }

        /** The rule with this descriptor name. */
        public static Rule parse(String field, String label) {
            for (Rule r : values()) {
                if (r.label.equals(label)) {
                    return r;
                }
            }
            throw new InvalidInputException(field, "unknown quadrature '" + label
                    + "'; allowed: gauss-legendre, uniform");
        }
    }

    private final Rule rule;
    private final double min;
    private final double max;
    private final double[] nodes;
    private final double[] weights;

    private QuadratureGrid(Rule rule, double min, double max, double[] nodes, double[] weights) {
        this.rule = rule;
        this.min = min;
        this.max = max;
        this.nodes = nodes;
        this.weights = weights;
    }

    private static void check(double min, double max, int points) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new InvalidInputException("grid", "need finite min < max, got [" + min + ", "
                    + max + "]");
        }
        if (points < 2) {
            throw new InvalidInputException("grid.points", "need at least 2 points, got "
                    + points);
        }
    }

    /**
     * One factory for the whole process: it caches the rule on [-1, 1] for each number of points
     * (computing a 160-point rule takes ~0.2 s; a new factory per grid recomputed it every time).
     * Its cache is not thread-safe, hence the lock.
     */
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    /** Gauss–Legendre rule with {@code points} nodes on {@code [min, max]}. */
    public static QuadratureGrid gaussLegendre(double min, double max, int points) {
        check(min, max, points);
        GaussIntegrator g;
        synchronized (GAUSS) {
            g = GAUSS.legendre(points, min, max);
        }
        double[] x = new double[points];
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = g.getPoint(i);
            w[i] = g.getWeight(i);
        }
        return new QuadratureGrid(Rule.GAUSS_LEGENDRE, min, max, x, w);
    }

    /** Midpoint rule: {@code points} equal cells on {@code [min, max]}, nodes at the centres. */
    public static QuadratureGrid uniform(double min, double max, int points) {
        check(min, max, points);
        double h = (max - min) / points;
        double[] x = new double[points];
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = min + (i + 0.5) * h;
            w[i] = h;
        }
        return new QuadratureGrid(Rule.UNIFORM, min, max, x, w);
    }

    /** The named rule. */
    public static QuadratureGrid of(Rule rule, double min, double max, int points) {
        return rule == Rule.GAUSS_LEGENDRE ? gaussLegendre(min, max, points)
                : uniform(min, max, points);
    }

    /** The same rule and interval with a different number of points. */
    public QuadratureGrid withPoints(int points) {
        return of(rule, min, max, points);
    }

    /** Quadrature rule. */
    public Rule rule() {
        return rule;
    }

    /** Lower end of the interval. */
    public double min() {
        return min;
    }

    /** Upper end of the interval. */
    public double max() {
        return max;
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** Node {@code i}. */
    public double node(int i) {
        return nodes[i];
    }

    /** Weight {@code i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** A copy of the nodes. */
    public double[] nodes() {
        return nodes.clone();
    }

    /** A copy of the weights. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s[%g, %g] x %d", rule.label(), min, max,
                nodes.length);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof QuadratureGrid)) {
            return false;
        }
        QuadratureGrid g = (QuadratureGrid) o;
        return rule == g.rule && min == g.min && max == g.max && Arrays.equals(nodes, g.nodes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nodes) * 31 + rule.hashCode();
    }
}
