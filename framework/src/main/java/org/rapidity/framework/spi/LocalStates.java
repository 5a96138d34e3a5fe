package org.rapidity.framework.spi;

import org.rapidity.framework.tba.TbaState;

/**
 * A position-dependent initial state: the homogeneous state at each position {@code x} (model
 * units of length), all on the problem's modes. Built by an
 * {@link InitialStateProvider#localStates} (e.g. a temperature bipartition) and evolved by the
 * solvers that accept it ({@link SolverProvider#acceptsLocalStates()}).
 */
@FunctionalInterface
public interface LocalStates {

    /** The state at position {@code x}. */
    TbaState at(double x);
}
