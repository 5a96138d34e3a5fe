package org.rapidity.framework.observables;

import org.rapidity.framework.spi.EnergyBudget;

/**
 * Interaction energy per unit length of the long-range potential, pairs counted once and no
 * self-interaction: {@code (1/L)⟨Σ_{i<j} V(x_i - x_j)⟩} (see {@link EnergyBudget} for its
 * relation to {@code ½∫dz V(z)(ρ̄² + ∫∫g2)} of the gBBGKY paper, eq. (3)).
 */
public final class InteractionEnergy extends ViewObservable<EnergyBudget> {

    /** The observable (and its provider). */
    public InteractionEnergy() {
        super(EnergyBudget.class);
    }

    @Override
    public String name() {
        return "interaction-energy";
    }

    @Override
    public String description() {
        return "interaction energy per length (1/L)⟨Σ_{i<j} V(x_i - x_j)⟩ of the long-range"
                + " potential (gBBGKY paper eq. (3), no self-interaction)";
    }

    @Override
    public String unit() {
        return "energy/length";
    }

    @Override
    double[] values(EnergyBudget view) {
        return new double[] {view.interactionEnergyDensity()};
    }
}
