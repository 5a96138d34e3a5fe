package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.tba.TbaState;

/**
 * How far an evolved quasiparticle density has gone below zero, a diagnostic of the rapidity
 * grid: truncations of the gBBGKY hierarchy do not preserve positivity, and on a coarse grid the
 * nearly empty tails turn negative (docs/solvers/hierarchy.md, "The negative tails"). Columns:
 * <ul>
 *   <li>{@code negative-density-min}: {@code min(0, min_θ ρ)/max_θ |ρ|}, the quantity the
 *       {@code hierarchy} solver's {@code negative_tail} check bounds;</li>
 *   <li>{@code negative-density-share}: {@code ∫dθ min(ρ, 0) / ∫dθ |ρ|}, the share of the
 *       particles carried by the negative part (summed over species).</li>
 * </ul>
 * Both are 0 for a non-negative density; dimensionless.
 */
public final class NegativeDensity extends ViewObservable<TbaState> {

    /** The observable (and its provider). */
    public NegativeDensity() {
        super("negative-density", "how far the density went below zero: min ρ / max |ρ| and"
                + " ∫min(ρ, 0)/∫|ρ| (a diagnostic of the rapidity grid of an evolved state)",
                TbaState.class, List.of("negative-density-min", "negative-density-share"), "");
    }

    @Override
    protected double[] values(TbaState state) {
        return of(state);
    }

    /** {@code {min(0, min ρ)/max |ρ|, ∫min(ρ, 0)/∫|ρ|}} of a state (for solvers' checks too). */
    public static double[] of(TbaState state) {
        double[] rho = state.density();
        double max = 0;
        double min = 0;
        double negative = 0;
        double total = 0;
        for (int i = 0; i < rho.length; i++) {
            max = Math.max(max, Math.abs(rho[i]));
            min = Math.min(min, rho[i]);
            double w = state.space().weight(i);
            total += w * Math.abs(rho[i]);
            negative += w * Math.min(rho[i], 0);
        }
        return new double[] {max == 0 ? 0 : min / max, total == 0 ? 0 : negative / total};
    }
}
