package org.rapidity.framework.evolution;

import java.util.List;
import java.util.Optional;
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
        Optional<Checkpoint> resume = context.resumeFrom();
        Evolution evolution;
        int next;
        if (resume.isPresent()) {
            Checkpoint saved = resume.get();
            checkType(solver, saved);
            evolution = solver.restore(problem, saved, context);
            next = saved.outputsDone();
        } else {
            evolution = solver.start(problem, context);
            next = 0;
        }
        Events events = new Events(solver, problem, context, evolution, resume.orElse(null));
        try {
            for (int k = next; k < times.length; k++) {
                if (times[k] > events.running.time()) {
                    if (!events.advance(times[k], k)) {
                        return; // an event stopped the run (the context was told)
                    }
                }
                Snapshot snapshot = events.running.snapshot();
                events.monitor(snapshot);
                context.emit(snapshot);
                Checkpoint done = checkpoint(solver, events.running, times[k], k + 1);
                context.checkpoint(done);
                events.saved(done);
            }
        } finally {
            events.running.close();
        }
    }

    /**
     * The run's event detectors ({@link Evolution#events()}, {@link Evolution#monitors()}) and the
     * state saved at the last point where they were evaluated, from which a root is bisected.
     */
    private static final class Events {
        private final EvolvingSolver solver;
        private final Problem problem;
        private final RunContext context;
        private final List<EventDetector> detectors;
        private final boolean watching;
        private Evolution running;
        private Checkpoint saved;
        private double[] g;

        Events(EvolvingSolver solver, Problem problem, RunContext context, Evolution start,
                Checkpoint resumed) {
            this.solver = solver;
            this.problem = problem;
            this.context = context;
            this.running = start;
            this.detectors = start.events();
            this.watching = !detectors.isEmpty() || !start.monitors().isEmpty();
            this.saved = watching ? resumed : null;
            if (!detectors.isEmpty()) {
                this.saved = checkpoint(solver, start, start.time(), resumed == null ? 0
                        : resumed.outputsDone());
                this.g = values(start.snapshot());
            }
        }

        /** Keeps the state of an output as the left end of the next bracket. */
        void saved(Checkpoint output) {
            if (watching) {
                saved = output;
            }
        }

        /**
         * Advances to output time {@code until} (output {@code k}), in steps no longer than the
         * detectors' check interval, handling the events met; false if one stopped the run.
         */
        boolean advance(double until, int k) {
            if (detectors.isEmpty()) {
                running.advance(until, interval(solver, running, context, k));
                return true;
            }
            double check = Double.POSITIVE_INFINITY;
            for (EventDetector d : detectors) {
                check = Math.min(check, d.maxCheckInterval());
            }
            double from = running.time();
            int steps = Double.isInfinite(check) ? 1 : Math.max(1, (int) Math.ceil(
                    (until - from) / check));
            for (int j = 1; j <= steps; j++) {
                double target = j == steps ? until : from + (until - from) * j / steps;
                while (running.time() < target) {
                    // an event known ahead is landed on exactly, never stepped across
                    double stop = target;
                    int timed = -1;
                    for (int i = 0; i < detectors.size(); i++) {
                        double te = detectors.get(i).nextTime(running.time());
                        if (te > running.time() && te <= stop) {
                            stop = te;
                            timed = i;
                        }
                    }
                    running.advance(stop, interval(solver, running, context, k));
                    Snapshot at = running.snapshot();
                    double[] now = values(at);
                    int first = -1;
                    for (int i = 0; i < detectors.size() && first < 0; i++) {
                        if (negative(g[i]) != negative(now[i])) {
                            first = i;
                        }
                    }
                    if (first >= 0) {
                        // a sign change: bisected; a timed event after it comes round again
                        EventDetector d = detectors.get(first);
                        Snapshot event = locate(d, g[first]);
                        if (!act(d, event, saved.time(), !negative(d.g(event)), k)) {
                            return false;
                        }
                    } else if (timed >= 0) {
                        if (!act(detectors.get(timed), at, at.time(), true, k)) {
                            return false;
                        }
                    } else {
                        g = now;
                        saved = checkpoint(solver, running, running.time(), k);
                    }
                }
            }
            return true;
        }

        /**
         * Acts on the event of {@code d} at {@code event} (the running state); false if it
         * stopped the run.
         */
        private boolean act(EventDetector d, Snapshot event, double start, boolean increasing,
                int k) {
            switch (d.eventOccurred(event, start, increasing)) {
                case STOP:
                    context.result("event_" + d.name(), event.time());
                    context.stopped(event.time(), d.name());
                    return false;
                case RESET_STATE:
                    d.resetState(running);
                    g = values(running.snapshot());
                    break;
                default:
                    g = values(event);
                    break;
            }
            saved = checkpoint(solver, running, running.time(), k);
            return true;
        }

        /**
         * Checks the conservation monitors on an output's snapshot; one that fails is located
         * between the last saved state and this output, and ends the run with its reason.
         */
        void monitor(Snapshot snapshot) {
            for (ConservationMonitor m : running.monitors()) {
                if (!(m.g(snapshot) >= 0) && saved != null && saved.time() < snapshot.time()) {
                    Snapshot event = locate(m, 0);
                    double start = saved.time();
                    m.eventOccurred(event, start, false);
                }
                m.check(snapshot);
            }
        }

        /**
         * Bisects the root of {@code d}'s switching function between the saved state (where it
         * was {@code gStart}) and the running one, replaying the evolution from the saved state;
         * leaves {@link #running} at the bracket's right end and returns its snapshot there.
         */
        Snapshot locate(EventDetector d, double gStart) {
            double a = saved.time();
            double b = running.time();
            double tolerance = d.timeTolerance(b - a);
            Checkpoint left = saved;
            Snapshot right = running.snapshot();
            Evolution.Interval quiet = new Evolution.Interval() {
                @Override
                public void progress(double time) {
                }

                @Override
                public void offerCheckpoint() {
                    // a replayed stretch is never checkpointed
                }
            };
            while (b - a > tolerance) {
                double m = 0.5 * (a + b);
                if (!(m > a && m < b)) {
                    break; // the bracket is one ulp wide
                }
                Evolution e = solver.restore(problem, new Checkpoint(left.type(),
                        left.version(), left.time(), left.outputsDone(), left.arrays()), context);
                e.advance(m, quiet);
                Snapshot at = e.snapshot();
                if (negative(d.g(at)) == negative(gStart)) {
                    a = m;
                    left = checkpoint(solver, e, m, left.outputsDone());
                    e.close();
                } else {
                    b = m;
                    running.close();
                    running = e;
                    right = at;
                }
            }
            saved = left;
            return right;
        }

        private double[] values(Snapshot at) {
            double[] out = new double[detectors.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = detectors.get(i).g(at);
            }
            return out;
        }

        private static boolean negative(double g) {
            return !(g >= 0);
        }
    }

    private static Evolution.Interval interval(EvolvingSolver solver, Evolution evolution,
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

    private static Checkpoint checkpoint(EvolvingSolver solver, Evolution evolution, double time,
            int outputsDone) {
        return new Checkpoint(solver.name(), solver.stateVersion(), time, outputsDone,
                evolution.save());
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
