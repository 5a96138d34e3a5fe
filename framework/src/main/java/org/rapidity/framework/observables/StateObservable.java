package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of parameterless observables of a homogeneous state: the class is both the provider and
 * the (stateless) observable.
 */
abstract class StateObservable implements ObservableProvider, Observable {

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public List<String> columns() {
        return List.of(name());
    }

    @Override
    public Class<?> requires() {
        return TbaState.class;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        TbaState s = snapshot.view(TbaState.class).orElseThrow(() -> new InvalidInputException(
                "observables", name() + " needs a homogeneous TBA state in the snapshot"));
        return new double[] {value(s)};
    }

    /** The value for one state. */
    abstract double value(TbaState state);

    /** Mean of θ^k over the normalised rapidity distribution of all species. */
    static double[] centralMoments(TbaState s) {
        double[] rho = s.density();
        double z = s.space().integrate(rho);
        double m1 = 0;
        for (int i = 0; i < rho.length; i++) {
            m1 += s.space().weight(i) * rho[i] * s.space().theta(i);
        }
        m1 /= z;
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < rho.length; i++) {
            double d = s.space().theta(i) - m1;
            double wr = s.space().weight(i) * rho[i];
            m2 += wr * d * d;
            m4 += wr * d * d * d * d;
        }
        return new double[] {m1, m2 / z, m4 / z};
    }
}
