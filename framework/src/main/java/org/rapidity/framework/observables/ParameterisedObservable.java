package org.rapidity.framework.observables;

import java.util.List;
import java.util.Objects;
import org.rapidity.framework.spi.Observable;

/**
 * Base of an observable whose name, columns and their unit are given to the constructor, once:
 * one that its provider creates from the descriptor's parameters, or a {@link ViewObservable},
 * which is its own provider; a subclass writes the view it requires and its values.
 */
public abstract class ParameterisedObservable implements Observable {

    private final String name;
    private final List<String> columns;
    private final String unit;

    /**
     * @param name the provider's name
     * @param columns column names, one per value (copied)
     * @param unit unit of the values in the model's units (empty for dimensionless)
     */
    protected ParameterisedObservable(String name, List<String> columns, String unit) {
        this.name = Objects.requireNonNull(name);
        this.columns = List.copyOf(columns);
        this.unit = Objects.requireNonNull(unit);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> columns() {
        return columns;
    }

    @Override
    public final String unit() {
        return unit;
    }
}
