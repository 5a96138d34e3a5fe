package org.rapidity.framework.spi;

import java.util.List;
import java.util.Set;
import org.rapidity.framework.param.Parameters;

/**
 * A method of evolving a {@link Problem} in time (generalised Landau equation, FGR Boltzmann
 * equation, gBBGKY hierarchy, GHD, molecular dynamics). A solver talks to models only through the
 * SPIs; when it needs a capability only some models have, it asks for it in {@link #check} and
 * refuses the problem with a reason otherwise.
 */
public interface Solver {

    /**
     * The provider that created this solver: the one place its name and the snapshot views it
     * offers are written, so the runner can ask the provider without building a solver.
     */
    SolverProvider provider();

    /** Short lower-case name: its provider's. */
    default String name() {
        return provider().name();
    }

    /** The validated parameters (resolution, tolerances, …) this instance was created with. */
    Parameters parameters();

    /** The snapshot views this solver emits (e.g. {@code TbaState.class}): its provider's. */
    default List<Class<?>> snapshotViews() {
        return provider().snapshotViews();
    }

    /**
     * Refuses problems this solver cannot solve, before anything runs.
     *
     * @throws org.rapidity.framework.param.InvalidInputException naming the field and the reason
     */
    void check(Problem problem);

    /**
     * What solving {@code problem} will need (its largest arrays, a rough time), checked by the
     * runner against the JVM's memory before any work; called after {@link #check}. The default
     * claims nothing; a solver whose arrays grow with its parameters states them here.
     */
    default ResourceEstimate estimate(Problem problem) {
        return ResourceEstimate.NONE;
    }

    /**
     * The names of this solver's parameters that only decide when a run stops (the tolerances
     * of its checks), never what it computes: a run resumed from a checkpoint may change them,
     * e.g. to continue a run stopped on a check that is then loosened. Default none.
     */
    default Set<String> checkParameters() {
        return Set.of();
    }

    /**
     * Whether the evolution up to any output time is the same whatever output times come after
     * it (the steps never read the end time): then a finished or stopped run may be extended
     * from its checkpoint with later output times, bit for bit the run made to the later end.
     * Default false.
     */
    default boolean extendable(Problem problem) {
        return false;
    }

    /**
     * Evolves the initial state to the end time, emitting a snapshot at every output time (see
     * {@link RunContext} for the order of calls), resuming from {@link RunContext#resumeFrom()}
     * when it is present.
     *
     * @throws org.rapidity.framework.param.InvalidInputException if the evolution leaves the
     *     domain where it is valid (NaN, conservation violated beyond tolerance), with a reason
     */
    void run(Problem problem, RunContext context);
}
