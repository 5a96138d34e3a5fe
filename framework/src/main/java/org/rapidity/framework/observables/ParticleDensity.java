package org.rapidity.framework.observables;

import java.util.Optional;
import org.rapidity.framework.tba.TbaState;

/** Particle density {@code Σ_a ∫dθ N_a ρ_a(θ)} (1/length). */
public final class ParticleDensity extends StateObservable {

    /** The observable (and its provider). */
    public ParticleDensity() {
        super("particle-density",
                "particle density Σ_a ∫dθ N_a ρ_a (an n-string counts n particles)",
                "1/length");
    }

    @Override
    public Optional<String> needsCharge() {
        return Optional.of("particle-number");
    }

    @Override
    double value(TbaState state) {
        return state.particleDensity();
    }
}
