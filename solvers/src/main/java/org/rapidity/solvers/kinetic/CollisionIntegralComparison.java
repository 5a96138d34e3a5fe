package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/**
 * The Fermi-golden-rule and generalised Landau collision integrals of one state, side by side:
 * the snapshot view the {@code fgr} solver offers to the {@code fgr-vs-landau} observable. Both
 * are computed on first use (an observable that does not ask costs nothing).
 *
 * <p>The two integrals have the same structure term by term (cross ↔ {@code V̂(q_i)²}, self ↔
 * {@code V̂(q_i)V̂(q_j)}) and, as implemented, the same normalisation: the FGR integral is built
 * from the form factors (95)-(96), whose normalisation reproduces the diffusion matrix of
 * Navier-Stokes GHD (the test
 * {@code twoPairFormFactorReproducesTheDiffusiveTailOfNavierStokesGhd}); (67)-(68) as printed
 * are twice that, and {@link LandauCollisionIntegral} implements half of them (see its
 * documentation). The comparison found the factor: it is what the ratios measure.
 */
public final class CollisionIntegralComparison {

    private final TbaState state;
    private final FgrCollisionIntegral fgr;
    private final LandauCollisionIntegral landau;
    private CollisionTerms fgrTerms;
    private CollisionTerms landauTerms;

    /**
     * @param state the state (on the integrals' mode space)
     * @param fgr the FGR integral
     * @param landau the Landau integral with the same perturbation
     */
    public CollisionIntegralComparison(TbaState state, FgrCollisionIntegral fgr,
            LandauCollisionIntegral landau) {
        this.state = state;
        this.fgr = fgr;
        this.landau = landau;
    }

    /** The state. */
    public TbaState state() {
        return state;
    }

    /** The FGR terms (computed once). */
    public synchronized CollisionTerms fgr() {
        if (fgrTerms == null) {
            fgrTerms = fgr.evaluate(state);
        }
        return fgrTerms;
    }

    /** The Landau terms (computed once). */
    public synchronized CollisionTerms landau() {
        if (landauTerms == null) {
            landauTerms = landau.evaluate(state);
        }
        return landauTerms;
    }

    /**
     * The projection {@code ⟨J, I⟩/⟨I, I⟩} of an FGR bare integral {@code J} on the Landau one
     * {@code I} (quadrature inner product); {@code 1} when they agree, NaN when
     * {@code I = 0}.
     */
    public static double ratio(ModeSpace space, double[] fgr, double[] landau) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < fgr.length; i++) {
            num += space.weight(i) * fgr[i] * landau[i];
            den += space.weight(i) * landau[i] * landau[i];
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /**
     * The relative L² difference {@code ‖J - I‖/‖I‖} (NaN when {@code I = 0}).
     */
    public static double difference(ModeSpace space, double[] fgr, double[] landau) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < fgr.length; i++) {
            double d = fgr[i] - landau[i];
            num += space.weight(i) * d * d;
            den += space.weight(i) * landau[i] * landau[i];
        }
        return den > 0 ? Math.sqrt(num / den) : Double.NaN;
    }

    /** {@code (∫dθ g²)^{1/2}}. */
    public static double norm(ModeSpace space, double[] g) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            s += space.weight(i) * g[i] * g[i];
        }
        return Math.sqrt(s);
    }

    /**
     * The entropy production {@code dS/dt = ∫dθ (δS/δρ_θ) ∂_tρ_θ} of a rate {@code ∂_tρ}, with
     * the Yang-Yang entropy {@code S = ∫ρ^t σ(n)} and {@code ρ^t = p'/2π + Tρ}:
     * {@code δS/δρ_θ = ε_θ + ∫dγ F(ε_γ) T(γ,θ)} ({@code ε} the pseudo-energy of the filling,
     * {@code F} the free-energy function of the statistics). Modes with {@code n = 0} carry no
     * entropy and are skipped. In units of {@code k_B} per length per time.
     */
    public static double entropyProduction(TbaState state, double[] rate) {
        ModeSpace space = state.space();
        double[] n = state.filling();
        double[] eps = new double[n.length];
        double[] free = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            Statistics st = space.statistics(i);
            if (n[i] > 0) {
                eps[i] = st.pseudoEnergy(n[i]);
                free[i] = st.freeEnergy(eps[i]);
            }
        }
        double[] tf = space.applyScatteringShift(free);
        double s = 0;
        for (int i = 0; i < n.length; i++) {
            if (n[i] > 0) {
                s += space.weight(i) * (eps[i] + tf[i]) * rate[i];
            }
        }
        return s;
    }
}
