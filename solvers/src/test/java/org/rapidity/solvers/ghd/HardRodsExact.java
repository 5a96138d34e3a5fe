package org.rapidity.solvers.ghd;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The exact solution of Euler GHD for hard rods of length a (unit mass), independent of any
 * GHD numerics: the contraction {@code x̂ = x - a∫_0^x ρ̄} maps the rods to free point particles
 * (Boldrighini, Dobrushin and Suhov, J. Stat. Phys. 31, 577 (1983); Doyon and Spohn, J. Stat.
 * Mech. (2017) 073210), whose density {@code ρ̂(x̂, θ) = ρ/(1 - aρ̄)} moves freely,
 * {@code ρ̂_t(x̂, θ) = ρ̂_0(x̂ - θt, θ)}. Back in real space,
 * <pre>
 *   x(x̂, t) = x̂ + a ∫dθ ∫_0^{x̂-θt} ρ̂_0(y, θ) dy = x̂ + a ∫dθ g(θ) N_0(X_0(x̂ - θt)),
 *   ρ(x, θ, t) = ρ̂_t(x̂, θ) / (1 + a ∫dθ' ρ̂_t(x̂, θ')),
 * </pre>
 * for an initial state {@code ρ_0(x, θ) = ρ̄_0(x) g(θ)} with {@code N_0(x) = ∫_0^x ρ̄_0} and
 * {@code X_0} the inverse of {@code x ↦ x - aN_0(x)} (the rod with label 0 at x = 0).
 */
final class HardRodsExact {
    private final double a;
    private final DoubleUnaryOperator density0;
    private final DoubleUnaryOperator count0;
    private final double[] theta;
    private final double[] wg;

    /**
     * @param a rod length
     * @param density0 {@code ρ̄_0(x)}
     * @param count0 {@code N_0(x) = ∫_0^x ρ̄_0}
     * @param theta rapidity nodes for the θ integrals
     * @param weightTimesG {@code w_k g(θ_k)} (summing to 1)
     */
    HardRodsExact(double a, DoubleUnaryOperator density0, DoubleUnaryOperator count0,
            double[] theta, double[] weightTimesG) {
        this.a = a;
        this.density0 = density0;
        this.count0 = count0;
        this.theta = theta;
        this.wg = weightTimesG;
    }

    /** {@code X_0(u)}: the real position of the contracted position u at t = 0. */
    double uncontract(double u) {
        double lo = u - 1;
        double hi = u + 1;
        while (lo - a * count0.applyAsDouble(lo) > u) {
            lo -= 2 * (hi - lo);
        }
        while (hi - a * count0.applyAsDouble(hi) < u) {
            hi += 2 * (hi - lo);
        }
        return new BrentSolver(1e-14, 1e-15).solve(200,
                x -> x - a * count0.applyAsDouble(x) - u, lo, hi);
    }

    /** {@code x(x̂, t)}. */
    double position(double xhat, double t) {
        double s = 0;
        for (int k = 0; k < theta.length; k++) {
            s += wg[k] * count0.applyAsDouble(uncontract(xhat - theta[k] * t));
        }
        return xhat + a * s;
    }

    /** The particle density {@code ρ̄(x, t)}. */
    double density(double x, double t) {
        double xhat = new BrentSolver(1e-13, 1e-14).solve(200, y -> position(y, t) - x,
                x - 50, x + 50);
        double hatTotal = 0;
        for (int k = 0; k < theta.length; k++) {
            double x0 = uncontract(xhat - theta[k] * t);
            double r = density0.applyAsDouble(x0);
            hatTotal += wg[k] * r / (1 - a * r);
        }
        return hatTotal / (1 + a * hatTotal);
    }
}
