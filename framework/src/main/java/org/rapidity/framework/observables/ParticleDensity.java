package org.rapidity.framework.observables;

import java.util.Optional;
import org.rapidity.framework.tba.TbaState;

/** Particle density {@code Σ_a ∫dθ N_a ρ_a(θ)} (1/length). */
public final class ParticleDensity extends StateObservable {
    @Override
    public String name() {
        return "particle-density";
    }

    @Override
    public String description() {
        return "particle density Σ_a ∫dθ N_a ρ_a (an n-string counts n particles)";
    }

    @Override
    public String unit() {
        return "1/length";
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
