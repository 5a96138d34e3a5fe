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
     * Whether the observable is defined for a model (default: always). A model-specific
     * observable (e.g. the Lieb-Liniger pair correlation) answers false for other models: it is
     * then left out of the default observables and refused when a descriptor names it.
     */
    default boolean appliesTo(IntegrableModel model) {
        return true;
    }

    /**
     * Computes the values.
     *
     * @param snapshot a snapshot that has the view {@link #requires()}
     * @return one value per column
     */
    double[] evaluate(Snapshot snapshot);
}
