package org.rapidity.framework.observables;

import org.rapidity.framework.tba.TbaState;

/** Yang-Yang entropy density {@code Σ_a ∫dθ ρ^t σ(n)} (k_B/length). */
public final class EntropyDensity extends StateObservable {

    /** The observable (and its provider). */
    public EntropyDensity() {
        super("entropy-density",
                "Yang-Yang entropy density Σ_a ∫dθ ρ^t σ(n) for the species' statistics",
                "k_B/length");
    }

    @Override
    double value(TbaState state) {
        return state.entropyDensity();
    }
}
