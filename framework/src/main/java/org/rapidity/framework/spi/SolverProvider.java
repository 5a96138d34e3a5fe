package org.rapidity.framework.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.tba.TbaState;

/**
 * Service that creates a {@link Solver} from validated parameters, and says what its solvers
 * offer without building one: the snapshot views observables can read and the kinds of
 * {@link Drive} they accept.
 */
public interface SolverProvider extends Named {

    /** Creates the solver. */
    Solver create(Parameters parameters);

    /** The snapshot views its solvers emit (default: a homogeneous TBA state). */
    default List<Class<?>> snapshotViews() {
        return List.of(TbaState.class);
    }

    /**
     * The model traits its solvers assume (default none), checked by the runner before anything
     * is built: a model lacking one is refused naming the trait and the solvers that do not need
     * it ({@link #refusal}). E.g. the Landau and FGR collision integrals conserve continuum
     * momentum ({@link ModelTrait#CONTINUUM_MOMENTUM}), molecular dynamics needs
     * {@link ModelTrait#MICROSCOPIC_DYNAMICS}.
     */
    default Set<ModelTrait> requires() {
        return Set.of();
    }

    /**
     * Why this provider's solvers cannot run on a model (the traits of {@link #requires()} it
     * lacks), or empty.
     */
    default Optional<String> refusal(IntegrableModel model) {
        List<String> missing = new ArrayList<>();
        for (ModelTrait t : requires()) {
            if (!model.traits().contains(t)) {
                missing.add(t.meaning());
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("solver '" + name()
                + "' assumes " + String.join(" and ", missing) + ", which model '" + model.name()
                + "' does not have");
    }

    /** The kinds of drive its solvers accept ({@link ExternalPotential}, …); default none. */
    default List<Class<? extends Drive>> drives() {
        return List.of();
    }

    /**
     * Whether its solvers start from a state that varies in position
     * ({@link Problem#initialProfile()}, e.g. a bipartition); default false, and such a state
     * is then refused before anything runs.
     */
    default boolean takesInhomogeneousStates() {
        return false;
    }
}
