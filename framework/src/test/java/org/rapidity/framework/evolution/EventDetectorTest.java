package org.rapidity.framework.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapidity.framework.evolution.EvolutionDriverTest.TIMES;
import static org.rapidity.framework.evolution.EvolutionDriverTest.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.evolution.EvolutionDriverTest.Decay;
import org.rapidity.framework.evolution.EvolutionDriverTest.Recorder;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.TbaState;

/**
 * The driver's generic event detection on the decaying toy ({@code n(t) = n0 e^{−γ t}}), whose
 * event times are closed forms: the half-life {@code ln 2 / γ}, a refill that doubles the density
 * (after which {@code n = 2 n0 e^{−γ t}} exactly), events that come and go between two outputs,
 * a located conservation failure, and a run in which no event occurs stepping as before.
 */
class EventDetectorTest {

    static final double RATE = 0.3;

    /** The toy whose state carries a factor an event can reset. */
    static final class Refillable extends Decay {
        final List<EventDetector> events;
        final List<Scaled> evolutions = new ArrayList<>();

        Refillable(List<EventDetector> events, List<String> calls) {
            super("decay", RATE, calls);
            this.events = events;
        }

        @Override
        public Evolution start(Problem problem, RunContext context) {
            Scaled e = new Scaled(super.start(problem, context), 1, events, problem);
            evolutions.add(e);
            return e;
        }

        @Override
        public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
            Scaled e = new Scaled(super.restore(problem, saved, context),
                    saved.array("factor")[0], events, problem);
            evolutions.add(e);
            return e;
        }
    }

    /**
     * The toy's density times a factor, which {@link #refill} doubles and the phases of a
     * crossing multiply by 2, 1/4 and 3; counts its snapshots.
     */
    static final class Scaled implements Evolution, ZeroCrossingEvents.Phases {
        final Evolution inner;
        final List<EventDetector> events;
        final Problem problem;
        double factor;
        int snapshots;

        Scaled(Evolution inner, double factor, List<EventDetector> events, Problem problem) {
            this.inner = inner;
            this.factor = factor;
            this.events = events;
            this.problem = problem;
        }

        static void refill(Evolution e) {
            ((Scaled) e).factor *= 2;
        }

        @Override
        public void startCrossing() {
            factor *= 2;
        }

        @Override
        public void mapThroughZero() {
            factor *= 0.25;
        }

        @Override
        public void finishCrossing() {
            factor *= 3;
        }

        @Override
        public double time() {
            return inner.time();
        }

        @Override
        public void advance(double until, Interval interval) {
            inner.advance(until, interval);
        }

        @Override
        public Snapshot snapshot() {
            snapshots++;
            double[] rho = inner.snapshot().view(TbaState.class).orElseThrow().density().clone();
            for (int i = 0; i < rho.length; i++) {
                rho[i] *= factor;
            }
            return Snapshot.of(time(), TbaState.fromDensity(problem.space(), rho));
        }

        @Override
        public List<EventDetector> events() {
            return events;
        }

        @Override
        public Map<String, double[]> save() {
            Map<String, double[]> m = new LinkedHashMap<>(inner.save());
            m.put("factor", new double[] {factor});
            return m;
        }
    }

    /** An event where {@code g} changes sign, located to 1e-10, with the given action. */
    static EventDetector detector(String name, ToDoubleFunction<Snapshot> g,
            EventDetector.Action action, double maxCheck, List<double[]> seen) {
        return new EventDetector() {
            @Override
            public double g(Snapshot s) {
                return g.applyAsDouble(s);
            }

            @Override
            public double timeTolerance(double bracket) {
                return 1e-10;
            }

            @Override
            public double maxCheckInterval() {
                return maxCheck;
            }

            @Override
            public Action eventOccurred(Snapshot s, double from, boolean increasing) {
                seen.add(new double[] {from, s.time(), increasing ? 1 : 0});
                return action;
            }

            @Override
            public void resetState(Evolution evolution) {
                Scaled.refill(evolution);
            }

            @Override
            public String name() {
                return name;
            }
        };
    }

    static double n(Snapshot s) {
        return s.view(TbaState.class).orElseThrow().particleDensity();
    }

    /** A recorder that accepts a stop and keeps the results. */
    static final class Stoppable extends Recorder {
        double stoppedAt = Double.NaN;
        final Map<String, double[]> results = new LinkedHashMap<>();

        Stoppable(Checkpoint resume, int crashAfter) {
            super(new ArrayList<>(), resume, crashAfter);
        }

        @Override
        public void stopped(double time, String event) {
            stoppedAt = time;
        }

        @Override
        public void result(String name, double... values) {
            results.put(name, values);
        }
    }

    @Test
    void theHalfLifeIsLocatedAndStopsTheRun() {
        Problem p = problem();
        double n0 = p.initialState().particleDensity();
        List<double[]> seen = new ArrayList<>();
        Stoppable rec = new Stoppable(null, -1);
        new Refillable(List.of(detector("half-life", s -> n(s) / n0 - 0.5,
                EventDetector.Action.STOP, Double.POSITIVE_INFINITY, seen)), new ArrayList<>())
                .run(p, rec);
        double half = Math.log(2) / RATE; // 2.31: between the outputs at 2 and 3
        assertEquals(4, rec.snapshots.size());
        assertEquals(1, seen.size());
        assertTrue(seen.get(0)[0] <= half && half <= seen.get(0)[1], "bracket");
        assertTrue(seen.get(0)[1] - seen.get(0)[0] <= 1e-10);
        assertEquals(0, seen.get(0)[2], "n decreases through n0/2");
        assertEquals(half, rec.stoppedAt, 1e-10);
        assertEquals(half, rec.results.get("event_half-life")[0], 1e-10);
        // a context that needs every output refuses the stop with a clear message
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                new Refillable(List.of(detector("half-life", s -> n(s) / n0 - 0.5,
                        EventDetector.Action.STOP, Double.POSITIVE_INFINITY, seen)),
                        new ArrayList<>()).run(p, new Recorder(new ArrayList<>(), null, -1)));
        assertTrue(e.getMessage().startsWith("events: event 'half-life' stopped the run at"
                + " t = 2.31049"), e.getMessage());
    }

    @Test
    void aResetDoublesTheDensityAndTheClosedFormFollows() {
        Problem p = problem();
        double n0 = p.initialState().particleDensity();
        List<double[]> seen = new ArrayList<>();
        Stoppable rec = new Stoppable(null, -1);
        new Refillable(List.of(detector("refill", s -> n(s) / n0 - 0.5,
                EventDetector.Action.RESET_STATE, Double.POSITIVE_INFINITY, seen)),
                new ArrayList<>()).run(p, rec);
        // refills at ln 2/γ = 2.31 and at ln 4/γ = 4.62: n = n0, 2 n0, 4 n0 times e^{−γ t}
        assertEquals(2, seen.size());
        assertEquals(Math.log(2) / RATE, seen.get(0)[1], 1e-10);
        assertEquals(Math.log(4) / RATE, seen.get(1)[1], 1e-10);
        double[] refills = {1, 1, 1, 1, 2, 4};
        for (int k = 0; k < TIMES.length; k++) {
            assertEquals(refills[k] * n0 * Math.exp(-RATE * TIMES[k]), rec.density(k),
                    1e-13 * n0, "t = " + TIMES[k]);
        }
        // resumed after the first refill, the run ends the same
        for (int crash = 4; crash <= 5; crash++) {
            Stoppable first = new Stoppable(null, crash);
            assertThrows(IllegalStateException.class, () -> new Refillable(List.of(detector(
                    "refill", s -> n(s) / n0 - 0.5, EventDetector.Action.RESET_STATE,
                    Double.POSITIVE_INFINITY, new ArrayList<>())), new ArrayList<>())
                    .run(p, first));
            Stoppable second = new Stoppable(first.checkpoints.get(first.checkpoints.size()
                    - 1), -1);
            new Refillable(List.of(detector("refill", s -> n(s) / n0 - 0.5,
                    EventDetector.Action.RESET_STATE, Double.POSITIVE_INFINITY,
                    new ArrayList<>())), new ArrayList<>()).run(p, second);
            assertEquals(rec.density(5), second.density(second.snapshots.size() - 1),
                    1e-13 * n0);
        }
    }

    @Test
    void anEventBetweenTwoOutputsNeedsACheckInterval() {
        Problem p = problem();
        // g < 0 only for 1.2 < t < 1.3, inside the output interval (1, 2)
        ToDoubleFunction<Snapshot> g = s -> (s.time() - 1.2) * (s.time() - 1.3);
        List<double[]> missed = new ArrayList<>();
        new Refillable(List.of(detector("dip", g, EventDetector.Action.CONTINUE,
                Double.POSITIVE_INFINITY, missed)), new ArrayList<>()).run(p,
                        new Stoppable(null, -1));
        assertEquals(0, missed.size());
        List<double[]> seen = new ArrayList<>();
        Stoppable rec = new Stoppable(null, -1);
        new Refillable(List.of(detector("dip", g, EventDetector.Action.CONTINUE, 0.04, seen)),
                new ArrayList<>()).run(p, rec);
        assertEquals(2, seen.size());
        assertEquals(1.2, seen.get(0)[1], 1e-10);
        assertEquals(0, seen.get(0)[2]);
        assertEquals(1.3, seen.get(1)[1], 1e-10);
        assertEquals(1, seen.get(1)[2]);
        double n0 = p.initialState().particleDensity();
        for (int k = 0; k < TIMES.length; k++) {
            assertEquals(n0 * Math.exp(-RATE * TIMES[k]), rec.density(k), 1e-13 * n0);
        }
    }

    @Test
    void aTimeEventIsLandedOnExactly() {
        Problem p = problem();
        double n0 = p.initialState().particleDensity();
        List<double[]> seen = new ArrayList<>();
        EventDetector kick = new TimeEvent("kick", 1.7, e -> {
            seen.add(new double[] {e.time()});
            Scaled.refill(e);
        });
        List<String> calls = new ArrayList<>();
        Stoppable rec = new Stoppable(null, -1);
        Refillable toy = new Refillable(List.of(kick), calls);
        toy.run(p, rec);
        assertEquals(1, seen.size());
        assertArrayEquals(new double[] {1.7}, seen.get(0));
        // a time event reads no snapshot: one per output
        assertEquals(TIMES.length, toy.evolutions.get(0).snapshots);
        assertTrue(calls.contains("decay.advance 1.0->1.7") && calls.contains(
                "decay.advance 1.7->2.0"), calls.toString());
        double[] refills = {1, 1, 1, 2, 2, 2};
        for (int k = 0; k < TIMES.length; k++) {
            assertEquals(refills[k] * n0 * Math.exp(-RATE * TIMES[k]), rec.density(k),
                    1e-13 * n0, "t = " + TIMES[k]);
        }
    }

    @Test
    void aRunWithoutEventsStepsAsWithoutTheDetector() {
        Problem p = problem();
        List<String> plainCalls = new ArrayList<>();
        Recorder plain = new Recorder(plainCalls, null, -1);
        new Decay("decay", RATE, plainCalls).run(p, plain);
        List<String> watchedCalls = new ArrayList<>();
        Stoppable watched = new Stoppable(null, -1);
        new Refillable(List.of(detector("never", s -> 1, EventDetector.Action.STOP,
                Double.POSITIVE_INFINITY, new ArrayList<>())), watchedCalls).run(p, watched);
        assertEquals(plainCalls.stream().filter(c -> c.contains("advance")).toList(),
                watchedCalls.stream().filter(c -> c.contains("advance")).toList());
        for (int k = 0; k < TIMES.length; k++) {
            assertArrayEquals(plain.snapshots.get(k).view(TbaState.class).orElseThrow()
                    .density(), watched.snapshots.get(k).view(TbaState.class).orElseThrow()
                    .density());
        }
    }
}
