package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The Hellmann-Feynman expectation {@code ⟨∂H/∂c⟩/L} of any state of a coupling-dependent
 * model, and for Lieb-Liniger the local pair correlation and Tan's contact that follow from it.
 *
 * <p>Derivation (fixed quantum numbers, as in the strings paper's (S11)): the rapidities of an
 * eigenstate keep their counting-function values {@code Z_a(θ_j) = I_j/L} when {@code c}
 * changes; differentiating {@code Z_a(θ) = p_a(θ)/2π + Σ_b∫dθ' Θ_ab(θ,θ') ρ_b(θ')} gives the
 * shift {@code ρ^t ∂_cθ = -(∂_c Z)^dr}, hence
 * <pre>
 *   ⟨∂_c H⟩/L = Σ_a ∫dθ ρ_a ∂_c E_a  -  Σ_a ∫dθ E'_a n_a (∂_c Z_a)^dr,
 *   ∂_c Z_a(θ) = ∂_c p_a(θ)/2π + Σ_b ∫dθ' ∂_cΘ_ab(θ, θ') ρ_b(θ').
 * </pre>
 * With {@code Θ = -Φ/2π} this is (S11) with {@code f_n(λ) = Σ_{n'}∫dλ' ∂_cΦ_{n,n'}(λ-λ')
 * ρ_{n'}(λ')}: the paper prints {@code Φ} in place of {@code ∂_cΦ} (dimensionally wrong: (S11)
 * would then have the dimension length⁻³ instead of length⁻²) and {@code ρ_{n'}(λ)} in place of
 * {@code ρ_{n'}(λ')}. The tests check the formula against {@code ∂(E/L)/∂c} of the ground state
 * and {@code -∂P/∂c} of thermal states by finite differences.
 *
 * <p>For Lieb-Liniger, {@code ∂H/∂c = Σ_{i≠j}δ(z_i - z_j) = ∫dz ψ†²ψ²}, so the result is the
 * local pair correlation {@code ⟨ψ†²(z)ψ²(z)⟩} (length⁻²), {@code g2 = ⟨ψ†²ψ²⟩/n²}, and Tan's
 * contact is {@code C = c²⟨ψ†²ψ²⟩} (length⁻⁴; the momentum distribution, normalised as
 * {@code ∫dk n(k)/2π = n}, falls as {@code C/k⁴}).
 */
public final class HellmannFeynman {

    private HellmannFeynman() {
    }

    /**
     * {@code ⟨∂H/∂c⟩/L} of a state of a {@link CouplingDependent} model, in energy per length per
     * unit of {@code c}.
     *
     * @throws InvalidInputException if the model has no coupling derivatives
     */
    public static double couplingDerivativeOfEnergy(TbaState state) {
        ModeSpace space = state.space();
        if (!(space.model() instanceof CouplingDependent)) {
            throw new InvalidInputException("model", "model " + space.model().name()
                    + " does not expose coupling derivatives (CouplingDependent)");
        }
        CouplingDependent m = (CouplingDependent) space.model();
        int n = space.size();
        double[] rho = state.density();
        double[] fill = state.filling();
        double[] wr = new double[n];
        for (int j = 0; j < n; j++) {
            wr[j] = space.weight(j) * rho[j];
        }
        double[] phase = phaseDerivative(space, m);
        double direct = 0;
        double[] dz = new double[n];
        for (int i = 0; i < n; i++) {
            int a = space.species(i);
            double t = space.theta(i);
            direct += wr[i] * m.energyCouplingDerivative(a, t);
            dz[i] = m.momentumCouplingDerivative(a, t) / (2 * Math.PI);
        }
        RowProducts.addTo(phase, wr, dz);
        double[] dzDressed = state.dress(dz);
        double[] ePrime = space.energyDerivative();
        double shift = 0;
        for (int i = 0; i < n; i++) {
            shift += space.weight(i) * ePrime[i] * fill[i] * dzDressed[i];
        }
        return direct - shift;
    }

    /** {@code ∂_cΘ} of all pairs of modes, row-major, cached per mode space (many states share one). */
    private static double[] phaseDerivative(ModeSpace space, CouplingDependent m) {
        double[] d = PHASE_DERIVATIVES.get(space);
        if (d == null) {
            d = space.pairValues(m::scatteringPhaseCouplingDerivative,
                    space.model().isDifferenceKernel());
            PHASE_DERIVATIVES.put(space, d);
        }
        return d;
    }

    private static final java.util.Map<ModeSpace, double[]> PHASE_DERIVATIVES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Local pair correlation {@code ⟨ψ†²ψ²⟩} of a Lieb-Liniger state (length⁻²), (S11). */
    public static double pairCorrelation(TbaState state) {
        requireLiebLiniger(state);
        return couplingDerivativeOfEnergy(state);
    }

    /** {@code g2 = ⟨ψ†²ψ²⟩/n²} (dimensionless; 1 for an uncorrelated gas, 0 for hard cores). */
    public static double g2(TbaState state) {
        double n = state.particleDensity();
        return pairCorrelation(state) / (n * n);
    }

    /** Tan's contact {@code C = c²⟨ψ†²ψ²⟩} (length⁻⁴). */
    public static double contact(TbaState state) {
        double c = requireLiebLiniger(state).coupling();
        return c * c * pairCorrelation(state);
    }

    private static LiebLiniger requireLiebLiniger(TbaState state) {
        if (!(state.model() instanceof LiebLiniger)) {
            throw new InvalidInputException("model", "the pair correlation ⟨ψ†²ψ²⟩ is defined"
                    + " for the Lieb-Liniger gas, not for " + state.model().name());
        }
        return (LiebLiniger) state.model();
    }
}
