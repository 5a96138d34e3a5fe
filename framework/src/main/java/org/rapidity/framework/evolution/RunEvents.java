package org.rapidity.framework.evolution;

import java.util.List;
import java.util.Optional;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;

/**
 * The event handling of one {@link EvolutionDriver} run: the evolution's event detectors
 * ({@link Evolution#events()}, {@link Evolution#monitors()}), the state saved at the last point
 * where they were evaluated (the left end of the next bracket), the bisection of a root by replay
 * from that state, and the actions at an event. The running evolution lives here, since a located
 * event replaces it by the replayed one.
 */
final class RunEvents {
    private final EvolvingSolver solver;
    private final Problem problem;
    private final RunContext context;
    private final List<EventDetector> detectors;
    private final boolean watching;
    private Evolution running;
    private Checkpoint saved;
    private double[] g;

    RunEvents(EvolvingSolver solver, Problem problem, RunContext context, Evolution start,
            Checkpoint resumed) {
        this.solver = solver;
        this.problem = problem;
        this.context = context;
        this.running = start;
        this.detectors = start.events();
        this.watching = !detectors.isEmpty() || !start.monitors().isEmpty();
        this.saved = watching ? resumed : null;
        if (!detectors.isEmpty()) {
            this.saved = EvolutionDriver.checkpoint(solver, start, start.time(),
                    resumed == null ? 0 : resumed.outputsDone());
            this.g = values(lazy());
        }
    }

    /** The evolution the run goes on with. */
    Evolution running() {
        return running;
    }

    /** Keeps the state of an output as the left end of the next bracket. */
    void saved(Checkpoint output) {
        if (watching) {
            saved = output;
        }
    }

    /**
     * Lets go of the saved state once an output's monitors have passed and before its own state
     * is saved ({@link #saved}): the left end of the last bracket is no longer needed, and a
     * large state (the three-point function) is then never held twice.
     */
    void release() {
        saved = null;
    }

    /**
     * Advances to output time {@code until} (output {@code k}), in steps no longer than the
     * detectors' check interval, handling the events met; false if one stopped the run.
     */
    boolean advance(double until, int k) {
        if (detectors.isEmpty()) {
            running.advance(until, EvolutionDriver.interval(solver, running, context, k));
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
                running.advance(stop, EvolutionDriver.interval(solver, running, context, k));
                Snapshot at = lazy();
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
                    saved = EvolutionDriver.checkpoint(solver, running, running.time(), k);
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
                g = values(lazy());
                break;
            default:
                g = values(event);
                break;
        }
        saved = EvolutionDriver.checkpoint(solver, running, running.time(), k);
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
        Snapshot right = lazy();
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
                    left.version(), left.time(), left.outputsDone(), left.arrays(), left.singles()),
                    context);
            e.advance(m, quiet);
            Snapshot at = e.snapshot();
            if (negative(d.g(at)) == negative(gStart)) {
                a = m;
                left = EvolutionDriver.checkpoint(solver, e, m, left.outputsDone());
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

    /**
     * The running evolution's snapshot at its current time, taken only when a detector reads a
     * view ({@link TimeEvent}s read none), so an evolution whose snapshot has side effects (a
     * check against the previous output) is snapshotted at its outputs only.
     */
    private Snapshot lazy() {
        Evolution e = running;
        double time = e.time();
        return new Snapshot() {
            private Snapshot taken;

            @Override
            public double time() {
                return time;
            }

            @Override
            public <T> Optional<T> view(Class<T> type) {
                if (taken == null) {
                    taken = e.snapshot();
                }
                return taken.view(type);
            }
        };
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
