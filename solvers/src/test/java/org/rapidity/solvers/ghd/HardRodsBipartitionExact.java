package org.rapidity.solvers.ghd;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;

/**
 * The exact Euler-GHD solution of the hard-rod partitioning protocol in closed form (up to one
 * root), independent of any GHD numerics and of any rapidity grid. Rods of length {@code a},
 * unit mass, initially {@code ρ(x, θ) = ρ̄_L g(θ)} for {@code x < 0} and {@code ρ̄_R g(θ)} for
 * {@code x > 0}, with {@code g} the unit-temperature Maxwell distribution.
 *
 * <p>Derivation. The contraction {@code x̂ = x - a∫_0^x ρ̄} removes the rods' lengths and maps
 * them onto free point particles (Boldrighini, Dobrushin and Suhov 1983; Doyon and Spohn 2017):
 * at {@code t = 0} {@code x̂ = x(1 - aρ̄_{L,R})} on either side and the contracted density is
 * {@code ĉ_{L,R} g(θ)}, {@code ĉ = ρ̄/(1 - aρ̄)}. It moves freely,
 * {@code ρ̂_t(x̂, θ) = ĉ(x̂ - θt) g(θ)}, so on the ray the contracted density jumps at
 * {@code θ* = x̂/t}: {@code ρ̂_t(x̂) = ĉ_L Q(θ*) + ĉ_R Φ(θ*)} ({@code Φ} the normal distribution
 * function, {@code Q = 1 - Φ}). The rod labelled 0 at {@code x = 0} keeps its label, and the
 * real position of {@code x̂} adds the lengths of the rods between it and label 0,
 * <pre>
 *   x(x̂, t) = x̂ + a ∫dθ g(θ) ĉ(x̂ - θt) (x̂ - θt)
 *           = x̂ + a [ĉ_L (x̂ Q(θ*) - t φ(θ*)) + ĉ_R (x̂ Φ(θ*) + t φ(θ*))],
 * </pre>
 * ({@code φ} the normal density; {@code ∫_{θ*}^∞ θ g = φ(θ*)}), and
 * {@code ρ̄(x, t) = ρ̂_t/(1 + aρ̂_t)} at the {@code x̂} with {@code x(x̂, t) = x} (Brent).
 */
final class HardRodsBipartitionExact {
    private final double a;
    private final double cl;
    private final double cr;

    HardRodsBipartitionExact(double a, double left, double right) {
        this.a = a;
        this.cl = left / (1 - a * left);
        this.cr = right / (1 - a * right);
    }

    private static double phi(double s) {
        return Math.exp(-0.5 * s * s) / Math.sqrt(2 * Math.PI);
    }

    private static double cdf(double s) {
        return 0.5 * Erf.erfc(-s / Math.sqrt(2));
    }

    /** {@code x(x̂, t)}. */
    double position(double xhat, double t) {
        double s = xhat / t;
        double lower = cdf(s);
        double upper = 1 - lower;
        return xhat + a * (cl * (xhat * upper - t * phi(s)) + cr * (xhat * lower + t * phi(s)));
    }

    /** The particle density {@code ρ̄(x, t)}, {@code t > 0}. */
    double density(double x, double t) {
        double xhat = new BrentSolver(1e-14, 1e-15).solve(500, y -> position(y, t) - x,
                x - 60, x + 60);
        double s = xhat / t;
        double hat = cl * (1 - cdf(s)) + cr * cdf(s);
        return hat / (1 + a * hat);
    }
}
