package org.rapidity.framework.evolution;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;

/**
 * The framework's one evolution driver: runs an {@link EvolvingSolver}'s {@link Evolution} through
 * the output times of a {@link RunContext}. The order of events is fixed, for every solver:
 * <ol>
 *   <li>fresh run: {@link EvolvingSolver#start}; resumed run: the checkpoint's type and version
 *       are checked against the solver's, then {@link EvolvingSolver#restore} continues after the
 *       outputs the checkpoint covers;</li>
 *   <li>for each remaining output time {@code t_k}: {@link Evolution#advance} to {@code t_k} (not
 *       called when the state is already there, e.g. the initial state at the first output), which
 *       may report progress and offer intermediate checkpoints; then the snapshot; then every
 *       {@link ConservationMonitor} of the evolution checks it; then the observers see it
 *       ({@link RunContext#emit}); then a checkpoint covering outputs {@code 0..k} is offered.</li>
 * </ol>
 * Events ({@link EventDetector}): the evolution's own ({@link Evolution#events()}) are evaluated
 * at every output and at most their check interval apart, bisected when their switching function
 * changes sign and acted on (continue, reset the state, stop); a {@link ConservationMonitor} that
 * fails at an output is located the same way between the previous output and this one, so its
 * error says when the drift first went beyond the tolerance. A run without events, and one whose
 * monitors hold, advances output to output exactly as before.
 * Observers never steer the evolution. A failure at any step leaves the outputs and the last
 * checkpoint written before it intact; the evolution is closed ({@link Evolution#close()}) when
 * the run ends either way.
 */
public final class EvolutionDriver {

    private EvolutionDriver() {
    }

    /** Runs (or resumes) {@code solver} on {@code problem}, emitting every output time. */
    public static void run(EvolvingSolver solver, Problem problem, RunContext context) {
        double[] times = context.outputTimes();
        Checkpoint resume = context.resumeFrom().orElse(null);
        Evolution evolution;
        int next;
        if (resume != null) {
            checkType(solver, resume);
            evolution = solver.restore(problem, resume, context);
            next = resume.outputsDone();
        } else {
            evolution = solver.start(problem, context);
            next = 0;
        }
        RunEvents events = new RunEvents(solver, problem, context, evolution, resume);
        resume = null; // the events hold it while they need it, not this frame for the whole run
        try {
            for (int k = next; k < times.length; k++) {
                if (times[k] > events.running().time()) {
                    if (!events.advance(times[k], k)) {
                        return; // an event stopped the run (the context was told)
                    }
                }
                Snapshot snapshot = events.running().snapshot();
                events.monitor(snapshot);
                context.emit(snapshot);
                events.release(); // the previous output's state is not held while this one is saved
                Checkpoint done = checkpoint(solver, events.running(), times[k], k + 1);
                context.checkpoint(done);
                events.saved(done);
            }
        } finally {
            events.running().close();
        }
    }

    static Evolution.Interval interval(EvolvingSolver solver, Evolution evolution,
            RunContext context, int outputsDone) {
        return new Evolution.Interval() {
            @Override
            public void progress(double time) {
                context.progress(time);
            }

            @Override
            public void offerCheckpoint() {
                context.checkpoint(checkpoint(solver, evolution, evolution.time(), outputsDone));
            }
        };
    }

    static Checkpoint checkpoint(EvolvingSolver solver, Evolution evolution, double time,
            int outputsDone) {
        return new Checkpoint(solver.name(), solver.stateVersion(), time, outputsDone,
                evolution.save(), evolution.saveSingle());
    }

    /**
     * Refuses a checkpoint of another kind of state or of another layout version. An untyped
     * checkpoint (written before checkpoints carried a type) is accepted as version 1.
     */
    static void checkType(EvolvingSolver solver, Checkpoint saved) {
        boolean untyped = saved.type().isEmpty() && saved.version() == 0;
        if (untyped ? solver.stateVersion() != 1 : !saved.type().equals(solver.name())
                || saved.version() != solver.stateVersion()) {
            throw new InvalidInputException("checkpoint", "the checkpoint holds "
                    + (untyped ? "an untyped state" : "a '" + saved.type() + "' state of"
                            + " version " + saved.version()) + ", but solver '" + solver.name()
                    + "' saves version " + solver.stateVersion() + " of its own; start afresh"
                    + " (the command line's --fresh) or delete the checkpoint");
        }
    }
}
