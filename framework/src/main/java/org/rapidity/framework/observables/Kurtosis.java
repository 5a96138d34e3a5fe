package org.rapidity.framework.observables;

import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.tba.TbaState;

/**
 * Excess kurtosis {@code ⟨(θ-θ̄)⁴⟩/⟨(θ-θ̄)²⟩² - 3} of the normalised rapidity distribution
 * {@code ρ(θ)/ρ̄} (gBBGKY paper Fig. 6a); zero for a Gaussian, -2 for two sharp lumps.
 */
public final class Kurtosis extends StateObservable {

    /** The observable (and its provider). */
    public Kurtosis() {
        super("kurtosis",
                "excess kurtosis of the normalised rapidity distribution ρ(θ)/ρ̄"
                        + " (gBBGKY paper Fig. 6a)",
                "",
                // rapidity is (proportional to) velocity only in a Galilean continuum
                ModelTrait.GALILEAN_CONTINUUM);
    }

    @Override
    double value(TbaState state) {
        double[] m = centralMoments(state);
        return m[2] / (m[1] * m[1]) - 3;
    }
}
