package org.rapidity.solvers.ghd;

import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The self-similar solution of the Euler-GHD partitioning protocol (Castro-Alvaredo, Doyon and
 * Yoshimura, PRX 6, 041065 (2016); Bertini et al., PRL 117, 207201 (2016)), independent of the
 * time stepper: on the ray {@code ξ = x/t},
 * <pre>
 *   n(ξ, θ) = n_L(θ) Θ(v^eff(ξ, θ) - ξ) + n_R(θ) Θ(ξ - v^eff(ξ, θ)),
 * </pre>
 * with {@code v^eff} of that state itself: solved by iterating until the set of left movers
 * stops changing.
 */
final class RiemannSolution {

    private RiemannSolution() {
    }

    /** The state on the ray {@code ξ}. */
    static TbaState onRay(ModeSpace space, double[] left, double[] right, double xi) {
        double[] v = space.bareVelocity();
        boolean[] fromLeft = new boolean[v.length];
        TbaState s = null;
        for (int it = 0; it < 200; it++) {
            double[] n = new double[v.length];
            boolean changed = s == null;
            for (int k = 0; k < v.length; k++) {
                boolean l = v[k] > xi;
                changed |= l != fromLeft[k];
                fromLeft[k] = l;
                n[k] = l ? left[k] : right[k];
            }
            if (!changed) {
                return s;
            }
            s = TbaState.fromFilling(space, n);
            v = s.effectiveVelocity();
        }
        throw new IllegalStateException("the Riemann fixed point did not settle at ξ = " + xi);
    }
}
