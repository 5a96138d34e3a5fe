package org.rapidity.framework.evolution;

import java.util.List;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Solver;

/**
 * A solver written against the framework's {@link EvolutionDriver}: it supplies the
 * {@link Evolution} of a problem (its state, equations and stepper, snapshot views and
 * conservation monitors) and the driver runs it. {@link #run} is the driver's; a solver
 * implementing this interface writes no output loop, resume or checkpoint logic of its own.
 */
public interface EvolvingSolver extends Solver {

    /**
     * The evolution of a problem from its initial state ({@link Evolution#time()} = the first
     * output time). Expensive set-up (collision kernels, factorisations) happens here, once per
     * run; so do up-front results reported through {@link RunContext#result} (a gap, a rate).
     */
    Evolution start(Problem problem, RunContext context);

    /**
     * The evolution restored from a checkpoint this solver saved (its type and
     * {@link #stateVersion()} already checked by the driver), continuing bit for bit.
     */
    Evolution restore(Problem problem, Checkpoint saved, RunContext context);

    /**
     * The version of the layout of {@link Evolution#save()}; raise it when the layout changes, so
     * that an old checkpoint is refused with a clear message instead of misread.
     */
    default int stateVersion() {
        return 1;
    }

    /**
     * Rebuilds the views a finished stage of this solver keeps adding after it handed over
     * ({@link Evolution#carry()}), from what it saved.
     */
    default Evolution.Carried carriedViews(Problem problem, double[] carry) {
        return state -> List.of();
    }

    @Override
    default void run(Problem problem, RunContext context) {
        EvolutionDriver.run(this, problem, context);
    }
}
