package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of parameterless observables of one number of a homogeneous state, its column named as
 * the observable: the class is both the provider and the (stateless) observable.
 */
abstract class StateObservable extends ViewObservable<TbaState> {

    StateObservable(String name, String description, String unit) {
        super(name, description, TbaState.class, List.of(name), unit);
    }

    @Override
    protected final double[] values(TbaState state) {
        return new double[] {value(state)};
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
