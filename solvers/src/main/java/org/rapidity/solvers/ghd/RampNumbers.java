package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * The adiabatic ramp of the Bethe strings from {@code c → 0⁻} to the gap's lower edge
 * {@code c = -g}, cell by cell, with the number of every string species of every cell kept.
 * A slow ramp of a homogeneous gas keeps each species' density {@code ∫dλ ρ_n} (Bastianello,
 * De Luca, Doyon, De Nardis, PRL 123, 130602 (2019): {@code ∂_t ρ_n + ∂_λ(F^eff_n ρ_n) = 0}),
 * and the local-density map acts on each cell alone, so each cell's {@code ∫dλ ρ_n} must be the
 * same at {@code c → 0⁻} and at {@code c = -g}.
 *
 * <p>The model's map ({@link ZeroCrossing#fillingFromZeroCoupling}) samples the filling at the
 * nodes, {@code ϑ_n(λ_k) = ϑ^0_n(λ*)} with {@code Z^0_n(λ*) = Z_n(λ_k)}: exact in the
 * continuum, but on the grid the numbers {@code Σ_k w_k ϑ_n ρ^t_n} are only as good as the
 * quadrature resolves the strings' peaks in {@code λ} (width {@code ~√(T/n)}, a node or two for
 * the heavy strings): a test tube on 24 rapidities gained 1.3% of its atoms in this ramp, its
 * 8-string 3.8% (docs/experiment.md, "The adiabatic ramp below zero"). Here the sampled fillings
 * of each cell are scaled per string, {@code ϑ_n → ϑ_n N^0_n/N_n}, until every string's number
 * {@code N_n = Σ_k w_k ρ_n(λ_k)} (dressed at {@code c = -g}) equals the one at {@code c → 0⁻},
 * {@code N^0_n = Σ_k w_k ρ^0_n(λ_k)} (the local dressing there); the shape in {@code λ} is the
 * map's. The sampled map's atoms stay the measure of the grid's resolution: a ramp whose sampled
 * atoms differ from those at {@code c → 0⁻} by more than the tolerance is refused as before
 * ({@link CrossingAtoms#checkRamp}, naming {@code grid.points}).
 */
final class RampNumbers {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-13;

    private RampNumbers() {
    }

    /**
     * The fillings at {@code c = -g} on {@code to} (the strings' grids from there on) of the
     * cells' fillings {@code zero} at {@code c → 0⁻} on {@code below}, each cell's strings'
     * numbers kept; refuses an unresolved ramp ({@link CrossingAtoms#checkRamp}, on the sampled
     * map) and a crossing that changes the atoms beyond the tolerance in all
     * ({@link CrossingAtoms#checkCrossing}).
     *
     * @param upper the atoms at {@code c = +g}, where the crossing started
     */
    static double[][] toGapEdge(ZeroCrossing model, ModeSpace below, double[][] zero,
            ModeSpace to, GhdSolver.Settings s, double upper) {
        double[][] sampled = new double[zero.length][];
        IntStream.range(0, zero.length).parallel().forEach(i -> sampled[i] = model
                .fillingFromZeroCoupling(below, zero[i], to));
        CrossingAtoms.checkRamp(Profile.ofFillings(s.positions(), to, sampled, s.potential())
                .particleNumber(), model, below, zero, s.positions(), s.conservation());
        double[][] out = new double[zero.length][];
        IntStream.range(0, zero.length).parallel().forEach(i -> out[i] = keep(model, below,
                zero[i], to, sampled[i]));
        CrossingAtoms.checkCrossing(upper, Profile.ofFillings(s.positions(), to, out,
                s.potential()).particleNumber(), s.conservation(), s.gap());
        return out;
    }

    /**
     * The fillings at the edge of the gap of the state {@code zero} at {@code c → 0} on
     * {@code side} (an output inside the gap): the model's map, below zero with the strings'
     * numbers kept.
     */
    static double[] atEdge(ZeroCrossing model, ModeSpace side, double[] zero, boolean strings) {
        double[] sampled = model.fillingFromZeroCoupling(side, zero);
        return strings ? keep(model, side, zero, side, sampled) : sampled;
    }

    /**
     * {@code filling} on {@code to} scaled per species until its numbers {@code Σ_k w_k ρ_a}
     * (dressed on {@code to}) are those of {@code zero} on {@code zeroSide} at {@code c → 0}
     * (the scaling changes the dressing, hence the iteration). A
     * filling stays at most 1, and a species whose sampled fillings are all zero stays empty:
     * there the number is not kept, and the crossing's check of the atoms in all sees it.
     */
    static double[] keep(ZeroCrossing model, ModeSpace zeroSide, double[] zero, ModeSpace to,
            double[] filling) {
        double[] target = numbers(zeroSide, model.zeroCouplingDensity(zeroSide, zero));
        double[] f = filling.clone();
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] n = numbers(to, TbaState.fromFilling(to, f).density());
            double worst = 0;
            double[] factor = new double[n.length];
            for (int a = 0; a < n.length; a++) {
                factor[a] = n[a] > 0 ? target[a] / n[a] : 1;
                worst = Math.max(worst, Math.abs(factor[a] - 1));
            }
            if (worst <= TOLERANCE) {
                break;
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = Math.min(1, f[k] * factor[to.species(k)]);
            }
        }
        return f;
    }

    /** {@code Σ_{k ∈ a} w_k ρ_k} per species {@code a}. */
    static double[] numbers(ModeSpace space, double[] rho) {
        double[] n = new double[space.speciesCount()];
        for (int k = 0; k < rho.length; k++) {
            n[space.species(k)] += space.weight(k) * rho[k];
        }
        return n;
    }
}
