package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The ground state of the repulsive Lieb-Liniger gas: the Fermi sea {@code n(λ) = 1} for
 * {@code |λ| < q}, {@code 0} outside, whose root density solves the Lieb equation
 * <pre>
 *   ρ(λ) = 1/2π + ∫_{-q}^{q} dλ' (1/2π) 2c/(c² + (λ-λ')²) ρ(λ'),     n = ∫_{-q}^{q} ρ,
 * </pre>
 * which is {@code ρ^t = (p')^dr/2π} with filling one on {@code [-q, q]}: the state is built by
 * {@link TbaState#fromFilling} on Gauss–Legendre nodes that fill exactly {@code [-q, q]}, so
 * the quadrature of the smooth solution converges spectrally (a grid straddling the Fermi
 * points would converge only algebraically). The Fermi rapidity {@code q} for a given density is
 * found by Brent's method on the monotone map {@code q ↦ n(q)}, bracketed upwards from the
 * weak-coupling estimate {@code 2(cn)^{1/2}} up to at most {@code πn} (since {@code ρ ≥ 1/2π}
 * gives {@code n ≥ q/π}). The nodes must resolve the kernel: use {@code points ≳ 10 q/c}.
 *
 * <p>Ground-state energy per particle {@code E/N = n² e(γ)}, {@code γ = c/n}; the chemical
 * potential is {@code μ = E^dr(q)/1^dr(q)} (the dressed energy vanishes at the Fermi points),
 * evaluated off the nodes by Nyström interpolation; pressure {@code P = μn - E/L}.
 */
public final class LiebGroundState {

    private LiebGroundState() {
    }

    /** The Fermi sea on {@code [-q, q]} with {@code points} Gauss–Legendre nodes. */
    public static TbaState fermiSea(RepulsiveLiebLiniger model, double q, int points) {
        if (!(q > 0) || !Double.isFinite(q)) {
            throw new InvalidInputException("state", "Fermi rapidity must be finite and > 0,"
                    + " got " + q);
        }
        ModeSpace space = ModeSpace.of(model, QuadratureGrid.gaussLegendre(-q, q, points));
        double[] one = new double[points];
        java.util.Arrays.fill(one, 1.0);
        return TbaState.fromFilling(space, one);
    }

    /** The Fermi rapidity {@code q} of the ground state at particle density {@code n}. */
    public static double fermiRapidity(RepulsiveLiebLiniger model, double density, int points) {
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new InvalidInputException("state.density", "need a finite density > 0, got "
                    + density);
        }
        // n(q) >= q/π, so q <= πn; weak coupling has q ≈ 2(cn)^{1/2} instead. Bracket upwards
        // from the smaller estimate so that no trial q is far beyond the true one (where the
        // nodes could not resolve the kernel of width c).
        double cap = Math.PI * density;
        double hi = Math.min(cap, 2 * Math.sqrt(model.coupling() * density));
        double lo = 0;
        while (hi < cap && fermiSea(model, hi, points).particleDensity() < density) {
            lo = hi;
            hi = Math.min(cap, 1.5 * hi);
        }
        double top = hi;
        return Roots.brent(q -> (q == 0 ? 0 : fermiSea(model, q, points).particleDensity())
                - density, lo, top, 1e-15 * top);
    }

    /** The ground state at particle density {@code n}, on {@code points} nodes in {@code [-q, q]}. */
    public static TbaState atDensity(RepulsiveLiebLiniger model, double density, int points) {
        return fermiSea(model, fermiRapidity(model, density, points), points);
    }

    /** {@code e(γ) = (E/L)/n³} of a ground state (dimensionless). */
    public static double reducedEnergy(TbaState groundState) {
        double n = groundState.particleDensity();
        return groundState.energyDensity() / (n * n * n);
    }

    /**
     * The dressing {@code h^dr(λ) = h(λ) + Σ_j w_j T(λ, λ_j) h^dr(λ_j)} of a Fermi sea evaluated
     * at any {@code λ} by Nyström interpolation ({@code h} given as a function).
     */
    static double dressedAt(TbaState sea, java.util.function.DoubleUnaryOperator h,
            double lambda) {
        ModeSpace space = sea.space();
        IntegrableModel m = space.model();
        double[] hn = new double[space.size()];
        for (int i = 0; i < hn.length; i++) {
            hn[i] = h.applyAsDouble(space.theta(i));
        }
        double[] dressed = sea.dress(hn);
        double[] n = sea.filling();
        double s = h.applyAsDouble(lambda);
        for (int j = 0; j < hn.length; j++) {
            s += space.weight(j) * m.scatteringShift(0, lambda, 0, space.theta(j)) * n[j]
                    * dressed[j];
        }
        return s;
    }

    /** Pressure {@code P = μn - E/L} of a Fermi sea (energy/length; {@code T = 0}). */
    public static double pressure(TbaState sea) {
        return chemicalPotential(sea) * sea.particleDensity() - sea.energyDensity();
    }

    /** Chemical potential {@code μ = E^dr(q)/1^dr(q)} of a Fermi sea. */
    public static double chemicalPotential(TbaState sea) {
        double q = sea.space().grid(0).max();
        return dressedAt(sea, l -> l * l, q) / dressedAt(sea, l -> 1.0, q);
    }
}
