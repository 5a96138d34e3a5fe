package org.rapidity.solvers.md;

import java.util.List;
import org.rapidity.framework.observables.ViewObservable;

/**
 * The {@code md-diagnostics} observable: conservation and collision statistics of a molecular
 * dynamics run ({@link MdDiagnostics}), columns {@code energy-drift}, {@code momentum-drift},
 * {@code collision-rate}, {@code outside-grid}, {@code skipped-corrections}, and the unbinned
 * velocity moments {@code kurtosis-exact}, {@code kinetic-energy-exact}.
 */
public final class DiagnosticsObservable extends ViewObservable<MdDiagnostics> {

    /** The observable (and its provider). */
    public DiagnosticsObservable() {
        super("md-diagnostics",
                "molecular-dynamics diagnostics: worst relative energy and momentum drift of a"
                        + " sample, collisions of a rod per unit time, velocities off the grid,"
                        + " unbinned kurtosis and kinetic energy",
                MdDiagnostics.class,
                List.of("energy-drift", "momentum-drift", "collision-rate", "outside-grid",
                        "skipped-corrections", "kurtosis-exact", "kinetic-energy-exact"),
                "drifts, outside-grid: relative; collision-rate: 1/time; kinetic-energy-exact:"
                        + " energy/length");
    }

    @Override
    protected double[] values(MdDiagnostics d) {
        return new double[] {d.energyDrift(), d.momentumDrift(), d.collisionRate(),
            d.outsideFraction(), d.skippedCorrections(), d.exactKurtosis(),
            d.exactKineticEnergy()};
    }
}
