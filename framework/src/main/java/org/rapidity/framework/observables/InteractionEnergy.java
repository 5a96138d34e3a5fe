package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.spi.EnergyBudget;

/**
 * Interaction energy per unit length of the long-range potential, pairs counted once and no
 * self-interaction: {@code (1/L)⟨Σ_{i<j} V(x_i - x_j)⟩} (see {@link EnergyBudget} for its
 * relation to {@code ½∫dz V(z)(ρ̄² + ∫∫g2)} of the gBBGKY paper, eq. (3)).
 */
public final class InteractionEnergy extends ViewObservable<EnergyBudget> {

    /** The observable (and its provider). */
    public InteractionEnergy() {
        super("interaction-energy",
                "interaction energy per length (1/L)⟨Σ_{i<j} V(x_i - x_j)⟩ of the long-range"
                        + " potential (gBBGKY paper eq. (3), no self-interaction)",
                EnergyBudget.class, List.of("interaction-energy"), "energy/length");
    }

    @Override
    protected double[] values(EnergyBudget view) {
        return new double[] {view.interactionEnergyDensity()};
    }
}
