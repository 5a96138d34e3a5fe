package org.rapidity.framework.observables;

import org.rapidity.framework.tba.TbaState;

/** Momentum density {@code Σ_a ∫dθ p_a ρ_a}. */
public final class MomentumDensity extends StateObservable {
    @Override
    public String name() {
        return "momentum-density";
    }

    @Override
    public String description() {
        return "momentum density Σ_a ∫dθ p_a(θ) ρ_a(θ)";
    }

    @Override
    public String unit() {
        return "momentum/length";
    }

    @Override
    double value(TbaState state) {
        return state.momentumDensity();
    }
}
