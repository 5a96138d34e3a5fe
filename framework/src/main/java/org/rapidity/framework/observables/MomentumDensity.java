package org.rapidity.framework.observables;

import java.util.Set;
import org.rapidity.framework.spi.ModelTrait;
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

    /** A lattice momentum is defined modulo 2π: its density is not reported. */
    @Override
    public Set<ModelTrait> needs() {
        return Set.of(ModelTrait.CONTINUUM_MOMENTUM);
    }

    @Override
    double value(TbaState state) {
        return state.momentumDensity();
    }
}
