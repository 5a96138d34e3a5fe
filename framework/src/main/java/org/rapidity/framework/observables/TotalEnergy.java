package org.rapidity.framework.observables;

import org.rapidity.framework.spi.EnergyBudget;

/**
 * Total energy per unit length, kinetic plus long-range interaction
 * ({@link EnergyBudget#totalEnergyDensity()}); conserved by the exact dynamics.
 */
public final class TotalEnergy extends ViewObservable<EnergyBudget> {

    /** The observable (and its provider). */
    public TotalEnergy() {
        super(EnergyBudget.class);
    }

    @Override
    public String name() {
        return "total-energy";
    }

    @Override
    public String description() {
        return "total energy per length, kinetic (1/L)⟨Σθ²/2⟩ plus interaction; conserved";
    }

    @Override
    public String unit() {
        return "energy/length";
    }

    @Override
    double[] values(EnergyBudget view) {
        return new double[] {view.totalEnergyDensity()};
    }
}
