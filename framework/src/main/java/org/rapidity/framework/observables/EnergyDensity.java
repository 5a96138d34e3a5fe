package org.rapidity.framework.observables;

import org.rapidity.framework.tba.TbaState;

/** Energy density {@code Σ_a ∫dθ E_a ρ_a} (energy/length). */
public final class EnergyDensity extends StateObservable {
    @Override
    public String name() {
        return "energy-density";
    }

    @Override
    public String description() {
        return "energy density Σ_a ∫dθ E_a(θ) ρ_a(θ) of the integrable model";
    }

    @Override
    public String unit() {
        return "energy/length";
    }

    @Override
    double value(TbaState state) {
        return state.energyDensity();
    }
}
