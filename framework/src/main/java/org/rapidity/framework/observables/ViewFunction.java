package org.rapidity.framework.observables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Snapshot;

/**
 * An observable declared by what it is: its name, the snapshot view it reads, its columns and
 * their unit, and the function from the view to the column values; optionally the models it is
 * defined for. It replaces the anonymous {@link Observable} classes an
 * {@link org.rapidity.framework.spi.ObservableProvider} would otherwise write out, e.g.
 * <pre>
 *   return ViewFunction.of(name(), KineticRates.class, COLUMNS, "1/time", this::values);
 * </pre>
 *
 * @param <V> the view read (e.g. {@code TbaState}, or a solver's own view)
 */
public final class ViewFunction<V> implements Observable {

    private final String name;
    private final Class<V> view;
    private final List<String> columns;
    private final String unit;
    private final Function<V, double[]> values;
    private final Predicate<IntegrableModel> model;
    private final String onlyFor;

    private ViewFunction(String name, Class<V> view, List<String> columns, String unit,
            Function<V, double[]> values, Predicate<IntegrableModel> model, String onlyFor) {
        this.name = Objects.requireNonNull(name);
        this.view = Objects.requireNonNull(view);
        this.columns = List.copyOf(columns);
        this.unit = Objects.requireNonNull(unit);
        this.values = Objects.requireNonNull(values);
        this.model = model;
        this.onlyFor = onlyFor;
    }

    /**
     * @param name the provider's name
     * @param view the snapshot view read
     * @param columns column names, one per value
     * @param unit unit of the values in the model's units (empty for dimensionless)
     * @param values the column values of one view
     */
    public static <V> ViewFunction<V> of(String name, Class<V> view, List<String> columns,
            String unit, Function<V, double[]> values) {
        return new ViewFunction<>(name, view, columns, unit, values, null, null);
    }

    /**
     * The same observable, defined only for the models {@code model} accepts; for the others
     * {@link #whyNot} answers {@code what} they need (e.g. "model dipolar-tubes").
     */
    public ViewFunction<V> onlyFor(Predicate<IntegrableModel> model, String what) {
        return new ViewFunction<>(name, view, columns, unit, values, model, what);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public String unit() {
        return unit;
    }

    @Override
    public Class<?> requires() {
        return view;
    }

    @Override
    public Optional<String> whyNot(IntegrableModel m) {
        if (model != null && !model.test(m)) {
            return Optional.of(onlyFor);
        }
        return Observable.super.whyNot(m);
    }

    @Override
    public double[] evaluate(Snapshot snapshot) {
        V v = snapshot.view(view).orElseThrow(() -> new InvalidInputException("observables",
                name + " needs a " + view.getSimpleName() + " view in the snapshot"));
        return values.apply(v);
    }
}
