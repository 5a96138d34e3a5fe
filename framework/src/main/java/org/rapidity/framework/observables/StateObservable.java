package org.rapidity.framework.observables;

import java.util.List;
import java.util.Set;
import org.rapidity.framework.spi.ModelTrait;
import org.rapidity.framework.tba.TbaState;

/**
 * Base of parameterless observables of one number of a homogeneous state, its column named as
 * the observable: the class is both the provider and the (stateless) observable. Its metadata,
 * the model traits it needs included, is given to the constructor.
 */
abstract class StateObservable extends ViewObservable<TbaState> {

    private final Set<ModelTrait> needs;

    /**
     * @param name the provider's name, also the column's
     * @param description one line for {@code ./rapidity list}
     * @param unit unit of the value in the model's units (empty for dimensionless)
     * @param needs the model traits the value assumes ({@link #needs()})
     */
    StateObservable(String name, String description, String unit, ModelTrait... needs) {
        super(name, description, TbaState.class, List.of(name), unit);
        this.needs = Set.of(needs);
    }

    @Override
    public final Set<ModelTrait> needs() {
        return needs;
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
