package org.rapidity.solvers.md;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;

/**
 * The {@code md-diagnostics} observable: conservation and collision statistics of a molecular
 * dynamics run ({@link MdDiagnostics}), columns {@code energy-drift}, {@code momentum-drift},
 * {@code collision-rate}, {@code outside-grid}, {@code skipped-corrections}, and the unbinned
 * velocity moments {@code kurtosis-exact}, {@code kinetic-energy-exact}.
 */
public final class DiagnosticsObservable implements ObservableProvider, Observable {

    @Override
    public String name() {
        return "md-diagnostics";
    }

    @Override
    public String description() {
        return "molecular-dynamics diagnostics: worst relative energy and momentum drift of a"
                + " sample, collisions of a rod per unit time, velocities off the grid, unbinned"
                + " kurtosis and kinetic energy";
    }

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public List<String> columns() {
        return List.of("energy-drift", "momentum-drift", "collision-rate", "outside-grid",
                "skipped-corrections", "kurtosis-exact", "kinetic-energy-exact");
    }

    @Override
    public String unit() {
        return "drifts, outside-grid: relative; collision-rate: 1/time; kinetic-energy-exact:"
                + " energy/length";
    }

    @Override
    public Class<?> requires() {
        return MdDiagnostics.class;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        MdDiagnostics d = snapshot.view(MdDiagnostics.class).orElseThrow(() ->
                new InvalidInputException("observables", "md-diagnostics needs the md solver"));
        return new double[] {d.energyDrift(), d.momentumDrift(), d.collisionRate(),
            d.outsideFraction(), d.skippedCorrections(), d.exactKurtosis(),
            d.exactKineticEnergy()};
    }
}
