package org.rapidity.framework.spi;

import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Service that builds a homogeneous initial state (a quasiparticle density on the modes of a
 * model), e.g. the two boosted thermal lumps of the gBBGKY paper's Fig. 6 or a thermal state.
 */
public interface InitialStateProvider extends Named {

    /**
     * Builds the state on the given modes.
     *
     * @param space the model and its discretised modes
     * @param parameters values validated against {@link #parameters()}
     * @throws org.rapidity.framework.param.InvalidInputException if the state does not apply to
     *     the model (e.g. a one-species state on a multi-species model) or the model cannot hold
     *     it (hard rods beyond close packing); the message names the fields
     */
    TbaState create(ModeSpace space, Parameters parameters);

    /**
     * Whether {@link #create} places its own quadrature nodes instead of using those of the space
     * it is given (e.g. a zero-temperature Fermi sea, whose Gauss–Legendre nodes must fill
     * exactly {@code [-q, q]}). Such a provider takes only the number of points per species from
     * the given grids, returns a state on its own {@link ModeSpace} (see
     * {@link TbaState#space()}), and its state need not vanish at the ends of its interval. The
     * default is false.
     */
    default boolean placesOwnNodes() {
        return false;
    }

    /**
     * A position-dependent initial state (e.g. a bipartition: one state for {@code x < 0},
     * another for {@code x > 0}), when this provider describes one; the default is none (a
     * homogeneous state). Only solvers that accept local states
     * ({@link SolverProvider#acceptsLocalStates()}) take it; {@link #create} then returns a
     * representative homogeneous state (the one the grid's resolution is checked on).
     *
     * @param space the model and its discretised modes
     * @param parameters values validated against {@link #parameters()}
     */
    default Optional<LocalStates> localStates(ModeSpace space, Parameters parameters) {
        return Optional.empty();
    }
}
