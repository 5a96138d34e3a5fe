package org.rapidity.framework.observables;

import java.util.List;
import java.util.Objects;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.ObservableProvider;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Profile;

/**
 * Base of an observable declared by its metadata in one place, given to the constructor: its
 * name, description, the snapshot view it reads, its columns and their unit. The class is both
 * the provider and the (stateless) observable; a subclass writes only its values (and overrides
 * {@link #create} where it takes parameters, {@code needs}, {@code appliesTo}, … where it has
 * them).
 *
 * @param <V> the view read (e.g. {@code TbaState}, {@code Profile}, or a solver's own view)
 */
public abstract class ViewObservable<V> extends ParameterisedObservable
        implements ObservableProvider {

    private final String description;
    private final Class<V> view;

    /**
     * @param name the provider's name
     * @param description one line for {@code ./rapidity list}
     * @param view the snapshot view read
     * @param columns column names, one per value
     * @param unit unit of the values in the model's units (empty for dimensionless)
     */
    protected ViewObservable(String name, String description, Class<V> view,
            List<String> columns, String unit) {
        super(name, columns, unit);
        this.description = Objects.requireNonNull(description);
        this.view = Objects.requireNonNull(view);
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public Observable create(Parameters parameters) {
        return this;
    }

    @Override
    public final Class<?> requires() {
        return view;
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        V v = snapshot.view(view).orElseThrow(() -> new InvalidInputException("observables",
                name() + " needs " + (view == Profile.class ? "an inhomogeneous profile in the"
                        + " snapshot (a hydrodynamic solver such as ghd)"
                        : "a " + view.getSimpleName() + " view in the snapshot")));
        return values(v);
    }

    /** The values of the columns for one view. */
    protected abstract double[] values(V view);
}
