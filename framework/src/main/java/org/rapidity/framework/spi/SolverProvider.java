package org.rapidity.framework.spi;

import java.util.List;
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
