package org.rapidity.framework.spi;

import java.util.Optional;

/**
 * The solver's connection to the outside during {@link Solver#run}. The order of calls is fixed:
 * the solver emits a snapshot at each output time, strictly in order and exactly once per run
 * (after a resume, only the times not yet emitted); it may save checkpoints at any time after
 * emitting the outputs up to that time; it reports progress as it likes. Observers never steer the
 * solver.
 */
public interface RunContext {

    /** Output times, strictly increasing; the last is the end time. */
    double[] outputTimes();

    /** Hands the snapshot at an output time to the observers (and the output files). */
    void emit(Snapshot snapshot);

    /**
     * The latest checkpoint of an interrupted run of the same problem, if resuming. The solver
     * asks once, at its start; a context may hand it over then and keep no reference to it (its
     * arrays can be a large part of the heap).
     */
    Optional<Checkpoint> resumeFrom();

    /** Saves a checkpoint atomically; a later run of the same problem may resume from it. */
    void checkpoint(Checkpoint checkpoint);

    /** Reports that the solution has reached {@code time}. */
    default void progress(double time) {
    }

    /**
     * Told by the evolution driver that an event ended the run at {@code time}
     * ({@link org.rapidity.framework.evolution.EventDetector.Action#STOP}), so the output times
     * after it will not be emitted. The default refuses: a context that needs every output
     * time cannot end early.
     *
     * @param time the located event time (model time unit)
     * @param event the event's name
     */
    default void stopped(double time, String event) {
        throw new org.rapidity.framework.param.InvalidInputException("events", "event '" + event
                + "' stopped the run at t = " + org.rapidity.framework.param.Parameters.format(
                        time) + ", before its last output time; this run needs every output");
    }

    /**
     * Reports a number the solver derived beyond the snapshots (e.g. the gap of the linearised
     * collision operator); the runner writes it to {@code summary.json} under
     * {@code solver_results} (one value as a number, several as an array) and prints it.
     *
     * @param name lower-case name with underscores, units in the solver's documentation
     */
    default void result(String name, double... values) {
    }
}
