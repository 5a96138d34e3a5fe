package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.spi.EnergyBudget;

/**
 * Total energy per unit length, kinetic plus long-range interaction
 * ({@link EnergyBudget#totalEnergyDensity()}); conserved by the exact dynamics.
 */
public final class TotalEnergy extends ViewObservable<EnergyBudget> {

    /** The observable (and its provider). */
    public TotalEnergy() {
        super("total-energy",
                "total energy per length, kinetic (1/L)⟨Σθ²/2⟩ plus interaction; conserved",
                EnergyBudget.class, List.of("total-energy"), "energy/length");
    }

    @Override
    protected double[] values(EnergyBudget view) {
        return new double[] {view.totalEnergyDensity()};
    }
}
