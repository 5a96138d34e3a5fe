package org.rapidity.framework.spi;

import java.util.List;

/**
 * A named quantity computed from a solver's {@link Snapshot}: one or more numbers, each written
 * as a column of {@code observables.csv}. Implementations are stateless and thread-safe.
 */
public interface Observable {

    /** Short lower-case name (of its provider). */
    String name();

    /** Column names, one per value of {@link #evaluate}, e.g. {@code kurtosis}. */
    List<String> columns();

    /** Unit of the values, in the model's units (empty for dimensionless). */
    String unit();

    /**
     * The snapshot view this observable reads (e.g. {@code TbaState.class}); the runner refuses a
     * solver that does not provide it, before anything runs.
     */
    Class<?> requires();

    /**
     * Every snapshot view this observable can read (default: just {@link #requires()}). An
     * observable of a homogeneous state that also knows how to integrate itself over an
     * inhomogeneous {@link org.rapidity.framework.tba.Profile} lists both; the runner accepts a
     * solver that provides any of them.
     */
    default List<Class<?>> views() {
        return List.of(requires());
    }

    /**
     * Whether the observable is defined for a model (default: always). A model-specific
     * observable (e.g. the Lieb-Liniger pair correlation) answers false for other models: it is
     * then left out of the default observables and refused when a descriptor names it.
     */
    default boolean appliesTo(IntegrableModel model) {
        return true;
    }

    /**
     * Whether the runner should also plot every other column against this observable's first
     * column (e.g. the coupling {@code c} during an interaction ramp). Default: no.
     */
    default boolean abscissa() {
        return false;
    }

    /**
     * Computes the values.
     *
     * @param snapshot a snapshot that has the view {@link #requires()}
     * @return one value per column
     */
    double[] evaluate(Snapshot snapshot);
}
