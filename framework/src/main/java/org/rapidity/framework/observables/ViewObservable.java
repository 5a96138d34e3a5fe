package org.rapidity.framework.observables;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;

/**
 * Base of parameterless observables of one snapshot view other than the TBA state: the class is
 * both the provider and the (stateless) observable.
 *
 * @param <V> the view read
 */
abstract class ViewObservable<V> implements ObservableProvider, Observable {

    private final Class<V> view;

    ViewObservable(Class<V> view) {
        this.view = view;
    }

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
        return view;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        V v = snapshot.view(view).orElseThrow(() -> new InvalidInputException("observables",
                name() + " needs a " + view.getSimpleName() + " view in the snapshot"));
        return values(v);
    }

    /** The values of the columns. */
    abstract double[] values(V view);
}
