package org.rapidity.framework.spi;

import java.util.stream.IntStream;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * An initial state that varies in position: the filling {@code n(x, θ)} on the modes of a model
 * at every {@code x} (e.g. a partitioning protocol, a temperature profile, a table read from
 * another code). A solver that evolves an inhomogeneous state reads it from
 * {@link Problem#initialProfile()} and samples it on its own position grid; a solver that starts
 * from a homogeneous state refuses it ({@link SolverProvider#takesInhomogeneousStates()}).
 * Positions are in the model's length unit.
 */
public interface InhomogeneousState {

    /** The modes of every filling. */
    ModeSpace space();

    /**
     * A homogeneous state standing for this one where a solver or an output needs one (the
     * state at the left end, or at {@code x = 0}); {@link Problem#initialState()} returns it.
     */
    TbaState reference();

    /**
     * The filling on the modes at position {@code x}.
     *
     * @throws org.rapidity.framework.param.InvalidInputException naming the descriptor field if
     *     the state is not defined there (e.g. a profile function that is not finite)
     */
    double[] filling(double x);

    /** The fillings at the positions {@code x[i]} (computed in parallel). */
    default double[][] fillings(double[] x) {
        double[][] out = new double[x.length][];
        IntStream.range(0, x.length).parallel().forEach(i -> out[i] = filling(x[i]));
        return out;
    }

    /**
     * The positions, increasing, where the filling jumps (none by default). A solver that
     * tracks fronts evaluates the filling exactly on either side of them.
     */
    default double[] jumps() {
        return new double[0];
    }

    /**
     * Whether the filling is the same at every position between two {@link #jumps()} (a
     * partitioning protocol): then {@link #filling(double)} on either side of a jump is exact
     * anywhere on that side, and a solver may evaluate it at any position without sampling.
     */
    default boolean piecewiseHomogeneous() {
        return false;
    }
}
