package org.rapidity.framework.observables;

import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.tba.TbaState;

/** Momentum density {@code Σ_a ∫dθ p_a ρ_a}. */
public final class MomentumDensity extends StateObservable {

    /** The observable (and its provider). */
    public MomentumDensity() {
        super("momentum-density",
                "momentum density Σ_a ∫dθ p_a(θ) ρ_a(θ)",
                "momentum/length",
                // a lattice momentum is defined modulo 2π: its density is not reported
                ModelTrait.CONTINUUM_MOMENTUM);
    }

    @Override
    double value(TbaState state) {
        return state.momentumDensity();
    }
}
