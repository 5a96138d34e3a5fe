package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code coupling}: the coupling {@code c} of the model the snapshot's state belongs to (it
 * changes during an interaction ramp) and, for a model with laboratory units, {@code c} in μm⁻¹
 * ({@code c̃}, for a coupling with the unit 1/length) and the time in ms (NaN without laboratory
 * units). The runner also plots every observable against this one ({@link #abscissa()}).
 */
public final class Coupling extends Described implements ObservableProvider, Observable {

    /** The provider. */
    public Coupling() {
        super("coupling",
                "coupling c of the current state (an interaction ramp's parameter), c̃ in 1/μm"
                        + " and the time in ms with laboratory units; other observables are also"
                        + " plotted against it");
    }

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public List<String> columns() {
        return List.of("coupling", "c_tilde_per_um", "time_ms");
    }

    @Override
    public String unit() {
        return "1/length; 1/μm; ms";
    }

    @Override
    public Class<?> requires() {
        return Profile.class;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(Profile.class, TbaState.class);
    }

    @Override
    public boolean appliesTo(IntegrableModel model) {
        return model instanceof CouplingDependent;
    }

    @Override
    public boolean abscissa() {
        return true;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        IntegrableModel m = snapshot.view(Profile.class).map(Profile::model).orElseGet(
                () -> ProfileObservables.state(snapshot, name()).model());
        if (!(m instanceof CouplingDependent)) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double c = ((CouplingDependent) m).coupling();
        double perUm = Double.NaN;
        double ms = Double.NaN;
        if (m.laboratoryUnits().isPresent()) {
            LaboratoryUnits u = m.laboratoryUnits().get();
            perUm = c * 1e-6 / u.lengthUnit();
            ms = snapshot.time() * u.timeUnit() * 1e3;
        }
        return new double[] {c, perUm, ms};
    }
}
