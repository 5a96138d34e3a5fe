package org.rapidity.framework.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * The model traits this observable assumes (default none): e.g. the kurtosis of the rapidity
     * distribution is a velocity moment only in a Galilean continuum
     * ({@link ModelTrait#GALILEAN_CONTINUUM}).
     */
    default Set<ModelTrait> needs() {
        return Set.of();
    }

    /**
     * The charge this observable reports, by its name ({@link IntegrableModel#chargeName}), if
     * it needs one (default none): {@code particle-density} needs {@code particle-number}, which
     * a spin chain (whose charge 0 is its magnon number) does not have.
     */
    default Optional<String> needsCharge() {
        return Optional.empty();
    }

    /**
     * Whether the observable is defined for a model. The default: the model has every trait of
     * {@link #needs()} and the charge of {@link #needsCharge()}. A model-specific observable
     * (e.g. the Lieb-Liniger pair correlation) answers false for other models. Where it is false
     * the observable is left out of the default observables and refused when a descriptor names
     * it ({@link #whyNot} says why).
     */
    default boolean appliesTo(IntegrableModel model) {
        return whyNot(model).isEmpty();
    }

    /**
     * Why the observable does not apply to a model (what the model lacks), or empty when the
     * requirements of {@link #needs()} and {@link #needsCharge()} are met.
     */
    default Optional<String> whyNot(IntegrableModel model) {
        List<String> missing = new ArrayList<>();
        Set<ModelTrait> has = model.traits();
        for (ModelTrait t : needs()) {
            if (!has.contains(t)) {
                missing.add(t.meaning());
            }
        }
        needsCharge().filter(c -> model.chargeIndex(c) < 0).ifPresent(c -> {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < model.chargeCount(); k++) {
                names.add(model.chargeName(k));
            }
            missing.add("a charge named '" + c + "' (its charges: " + String.join(", ", names)
                    + ")");
        });
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
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
