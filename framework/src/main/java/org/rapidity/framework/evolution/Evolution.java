package org.rapidity.framework.evolution;

import java.util.List;
import java.util.Map;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/**
 * A solver's evolving state, as the {@link EvolutionDriver} handles it: the solver owns the
 * equations and the stepper behind {@link #advance}, the driver owns everything around them
 * (output times, the order of snapshots and checkpoints, resume, conservation monitors, stage
 * hand-offs). Mutable; one instance per run. Times are in the model's time unit.
 */
public interface Evolution extends AutoCloseable {

    /** The time the state has reached. */
    double time();

    /**
     * Advances the state from {@link #time()} to {@code until} (never called with
     * {@code until <= time()}). Observers are not called meanwhile; the evolution may report
     * progress and offer intermediate checkpoints through {@code interval}.
     *
     * @throws org.rapidity.framework.param.InvalidInputException when the evolution leaves the
     *     domain where it is valid (an integrator failure, NaN), with a reason naming the setting
     *     to change
     */
    void advance(double until, Interval interval);

    /**
     * The views of the current state for the observers (at least those the solver declares in
     * {@link org.rapidity.framework.spi.Solver#snapshotViews()}). This is where a solver checks
     * what is specific to it (finite values, symmetries); conservation laws are checked by the
     * driver through {@link EvolvingSolver#monitors}.
     */
    Snapshot snapshot();

    /**
     * The conservation laws this evolution must keep, each with its reference values (taken
     * from the initial state and kept in {@link #save()}); the driver checks them on every
     * snapshot before the observers see it. Default: none.
     */
    default List<ConservationMonitor> monitors() {
        return List.of();
    }

    /**
     * The events this evolution watches ({@link EventDetector}: a switching function, located by
     * the driver, and what happens at it). Default: none.
     */
    default List<EventDetector> events() {
        return List.of();
    }

    /**
     * The complete state, enough for {@link EvolvingSolver#restore} to continue bit for bit:
     * named arrays chosen by the solver, in the layout of its {@link EvolvingSolver#stateVersion()}.
     */
    Map<String, double[]> save();

    /**
     * The part of the state held in single precision, saved as floats ({@link
     * org.rapidity.framework.spi.Checkpoint#singles()}): fresh arrays, taken over by the
     * checkpoint without a copy, named apart from {@link #save()}'s and taken at the same
     * state. Default: none.
     */
    default Map<String, float[]> saveSingle() {
        return Map.of();
    }

    /**
     * The homogeneous rapidity density a following stage starts from (see {@link Stages}).
     *
     * @throws org.rapidity.framework.param.InvalidInputException if this evolution's state
     *     cannot be handed to another solver
     */
    default TbaState handOff() {
        return snapshot().view(TbaState.class).orElseThrow(() ->
                new org.rapidity.framework.param.InvalidInputException("stages",
                        "this solver's state has no rapidity density to hand over"));
    }

    /**
     * What this stage keeps reporting after it handed over: the views it showed that the next
     * stage does not evolve, frozen or recomputed from the next stage's density (e.g. the
     * hierarchy's interaction energy, fixed at the hand-off, and its g2 moments, no longer
     * known). Default: none. Saved with the hand-off and restored by
     * {@link EvolvingSolver#carriedViews}.
     */
    default double[] carry() {
        return new double[0];
    }

    /**
     * Releases what the evolution holds beyond memory (worker threads); called by the driver
     * when the run ends, normally or not. Default: nothing.
     */
    @Override
    default void close() {
    }

    /** The evolution's handle on the driver during {@link #advance}. */
    interface Interval {

        /** Reports that the state has reached {@code time} (for progress lines and the ETA). */
        void progress(double time);

        /**
         * Offers a checkpoint of the evolution's current {@link #save()} in the middle of an
         * interval (e.g. after a block of molecular-dynamics samples reached the next output);
         * a resumed run restarts the interval from it. The runner writes it when enough wall
         * time has passed since the last one.
         */
        void offerCheckpoint();
    }

    /** Views a finished stage keeps adding to the snapshots of the stages after it. */
    @FunctionalInterface
    interface Carried {
        /** The views to add to a snapshot of the next stage whose density is {@code state}. */
        List<Object> views(TbaState state);
    }
}
