package org.rapidity.solvers.ghd;

import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The self-similar solution of the Euler-GHD partitioning protocol, our own fixed point
 * (independent of the time stepper and of {@link RiemannSolution}, which picks whole cells): on
 * the ray {@code ξ = x/t}
 * <pre>
 *   n(ξ, θ) = n_L(θ) Θ(v^eff(ξ, θ) - ξ) + n_R(θ) Θ(ξ - v^eff(ξ, θ))
 * </pre>
 * (Castro-Alvaredo, Doyon and Yoshimura, PRX 6, 041065 (2016); Bertini et al., PRL 117, 207201
 * (2016)), with {@code v^eff} of that state itself. Each rapidity cell (between the midpoints of
 * nodes) holds the average of this filling over the cell: {@code v^eff - ξ} taken linear
 * between nodes locates the jumps inside the cell, which makes every quadrature of the state
 * second order in the spacing instead of first. Iterated {@code v → n → v} until the fillings
 * change by less than {@code 1e-13}.
 */
final class SelfSimilarSolution {

    private SelfSimilarSolution() {
    }

    /** The state on the ray {@code ξ} (any species, grids uniform or not). */
    static TbaState onRay(ModeSpace space, double[] left, double[] right, double xi) {
        int m = space.size();
        double[] t = space.thetas();
        double[] v = space.bareVelocity();
        double[] n = new double[m];
        TbaState s = null;
        for (int it = 0; it < 500; it++) {
            double change = 0;
            for (int k = 0; k < m; k++) {
                int a = space.species(k);
                boolean first = k == space.offset(a);
                boolean last = k == space.offset(a) + space.grid(a).size() - 1;
                double d = v[k] - xi;
                double dl = !first ? 0.5 * (d + v[k - 1] - xi) : d;
                double dr = !last ? 0.5 * (d + v[k + 1] - xi) : d;
                double hl = !first ? 0.5 * (t[k] - t[k - 1]) : 0.5 * (t[k + 1] - t[k]);
                double hr = !last ? 0.5 * (t[k + 1] - t[k]) : 0.5 * (t[k] - t[k - 1]);
                double fromLeft = (hl * fraction(d, dl) + hr * fraction(d, dr)) / (hl + hr);
                double value = fromLeft * left[k] + (1 - fromLeft) * right[k];
                change = Math.max(change, Math.abs(value - n[k]));
                n[k] = value;
            }
            if (s != null && change < 1e-13) {
                return s;
            }
            s = TbaState.fromFilling(space, n);
            v = s.effectiveVelocity();
        }
        throw new IllegalStateException("the self-similar fixed point did not settle at ξ = "
                + xi);
    }

    /** The fraction of a half cell with {@code v - ξ > 0}, linear from {@code a} to {@code b}. */
    private static double fraction(double a, double b) {
        if (a > 0 && b > 0) {
            return 1;
        }
        if (a <= 0 && b <= 0) {
            return 0;
        }
        double zero = a / (a - b);
        return a > 0 ? zero : 1 - zero;
    }
}
