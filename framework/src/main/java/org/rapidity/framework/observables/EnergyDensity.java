package org.rapidity.framework.observables;

import org.rapidity.framework.tba.TbaState;

/** Energy density {@code Σ_a ∫dθ E_a ρ_a} (energy/length). */
public final class EnergyDensity extends StateObservable {

    /** The observable (and its provider). */
    public EnergyDensity() {
        super("energy-density",
                "energy density Σ_a ∫dθ E_a(θ) ρ_a(θ) of the integrable model",
                "energy/length");
    }

    @Override
    double value(TbaState state) {
        return state.energyDensity();
    }
}
