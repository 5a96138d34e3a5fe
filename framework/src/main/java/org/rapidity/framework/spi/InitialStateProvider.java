package org.rapidity.framework.spi;

import java.util.List;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
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
     * Whether this provider builds a state that varies in position
     * ({@link #createInhomogeneous}); its {@link #create} then refuses, naming the field. The
     * default is false.
     */
    default boolean isInhomogeneous() {
        return false;
    }

    /**
     * The names of the homogeneous states this one is made of, given in the descriptor as
     * nested components (e.g. {@code left} and {@code right} of a bipartition); default none.
     * They are not among {@link #parameters()}: the runner builds each with its own provider
     * on the same modes and passes them to {@link #createInhomogeneous}.
     */
    default List<String> parts() {
        return List.of();
    }

    /**
     * Builds the position-dependent state on the given modes.
     *
     * @param space the model and its discretised modes
     * @param parameters values validated against {@link #parameters()}
     * @param parts the homogeneous states named by {@link #parts()}, built on {@code space}
     * @throws InvalidInputException naming the field if the state cannot be built
     */
    default InhomogeneousState createInhomogeneous(ModeSpace space, Parameters parameters,
            Map<String, TbaState> parts) {
        throw new InvalidInputException(parameters.path() + ".name", "'" + name() + "' is a"
                + " homogeneous state");
    }
}
