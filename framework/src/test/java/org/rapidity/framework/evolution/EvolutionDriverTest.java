package org.rapidity.framework.evolution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/**
 * The evolution driver and stages on a toy evolution with a closed form: the density decays as
 * {@code ρ(t) = ρ(0) e^{−γ t}} (rate γ per stage), so every emitted value is known exactly.
 */
class EvolutionDriverTest {

    static final double[] TIMES = {0, 0.5, 1, 2, 3, 5};

    static Problem problem() {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, Statistics.FERMIONIC, 0.7, 1.0),
                QuadratureGrid.uniform(-6, 6, 30));
        TbaState s = Gge.solve(space, Gge.thermalDrivingTerm(space, 1, 0.5, 0)).state();
        return new Problem(s, List.of(), null, TIMES);
    }

    /** A view a finished stage keeps adding. */
    record Marker(double value) {
    }

    /** ρ(t) = ρ(t0) e^{−γ (t − t0)}, advanced by exact factors; records what the driver calls. */
    static class Decay implements EvolvingSolver {
        final String name;
        final double rate;
        final List<String> calls;

        Decay(String name, double rate, List<String> calls) {
            this.name = name;
            this.rate = rate;
            this.calls = calls;
        }

        /** A provider named like the test's stage, with the default views (a TBA state). */
        @Override
        public SolverProvider provider() {
            return new SolverProvider() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public String description() {
                    return "test decay";
                }

                @Override
                public Solver create(Parameters parameters) {
                    return Decay.this;
                }
            };
        }

        @Override
        public Parameters parameters() {
            return Parameters.validate("solver", List.of(), Map.of());
        }

        @Override
        public void check(Problem problem) {
        }

        @Override
        public Evolution start(Problem problem, RunContext context) {
            calls.add(name + ".start@" + problem.outputTimes()[0]);
            return evolution(problem, problem.outputTimes()[0], problem.initialState().density());
        }

        @Override
        public Evolution restore(Problem problem, Checkpoint saved, RunContext context) {
            calls.add(name + ".restore@" + saved.time());
            return evolution(problem, saved.array("t")[0], saved.array("rho"));
        }

        @Override
        public Evolution.Carried carriedViews(Problem problem, double[] carry) {
            return state -> List.of(new Marker(carry[0]));
        }

        Evolution evolution(Problem problem, double t0, double[] rho0) {
            return new Evolution() {
                double time = t0;
                double[] rho = rho0.clone();

                @Override
                public double time() {
                    return time;
                }

                @Override
                public void advance(double until, Interval interval) {
                    calls.add(name + ".advance " + time + "->" + until);
                    double f = Math.exp(-rate * (until - time));
                    for (int i = 0; i < rho.length; i++) {
                        rho[i] *= f;
                    }
                    time = until;
                    interval.progress(until);
                }

                @Override
                public Snapshot snapshot() {
                    return Snapshot.of(time, TbaState.fromDensity(problem.space(), rho));
                }

                @Override
                public Map<String, double[]> save() {
                    return Map.of("rho", rho.clone(), "t", new double[] {time});
                }

                @Override
                public double[] carry() {
                    return new double[] {rate};
                }
            };
        }
    }

    /** Keeps everything in memory; can crash after a given checkpoint. */
    static class Recorder implements RunContext {
        final List<String> calls;
        final Checkpoint resume;
        final int crashAfter;
        final List<Snapshot> snapshots = new ArrayList<>();
        final List<Checkpoint> checkpoints = new ArrayList<>();

        Recorder(List<String> calls, Checkpoint resume, int crashAfter) {
            this.calls = calls;
            this.resume = resume;
            this.crashAfter = crashAfter;
        }

        @Override
        public double[] outputTimes() {
            return TIMES.clone();
        }

        @Override
        public void emit(Snapshot snapshot) {
            calls.add("emit@" + snapshot.time());
            snapshots.add(snapshot);
        }

        @Override
        public Optional<Checkpoint> resumeFrom() {
            return Optional.ofNullable(resume);
        }

        @Override
        public void checkpoint(Checkpoint checkpoint) {
            calls.add("checkpoint " + checkpoint.outputsDone());
            checkpoints.add(checkpoint);
            if (checkpoint.outputsDone() == crashAfter) {
                throw new IllegalStateException("crash");
            }
        }

        double density(int k) {
            return snapshots.get(k).view(TbaState.class).orElseThrow().particleDensity();
        }
    }

    @Test
    void eventsComeInTheDocumentedOrderAndValuesFollowTheClosedForm() {
        List<String> calls = new ArrayList<>();
        Recorder rec = new Recorder(calls, null, -1);
        Problem p = problem();
        new Decay("decay", 0.3, calls).run(p, rec);
        assertEquals(List.of("decay.start@0.0", "emit@0.0", "checkpoint 1",
                "decay.advance 0.0->0.5", "emit@0.5", "checkpoint 2"), calls.subList(0, 6));
        double n0 = p.initialState().particleDensity();
        for (int k = 0; k < TIMES.length; k++) {
            assertEquals(n0 * Math.exp(-0.3 * TIMES[k]), rec.density(k), 1e-14 * n0);
        }
        Checkpoint last = rec.checkpoints.get(rec.checkpoints.size() - 1);
        assertEquals("decay", last.type());
        assertEquals(1, last.version());
        assertEquals(TIMES.length, last.outputsDone());
    }

    @Test
    void aResumedRunContinuesBitForBit() {
        Problem p = problem();
        Recorder whole = new Recorder(new ArrayList<>(), null, -1);
        new Decay("decay", 0.3, new ArrayList<>()).run(p, whole);
        for (int crash = 1; crash < TIMES.length; crash++) {
            Recorder first = new Recorder(new ArrayList<>(), null, crash);
            assertThrows(IllegalStateException.class,
                    () -> new Decay("decay", 0.3, new ArrayList<>()).run(p, first));
            Checkpoint saved = first.checkpoints.get(first.checkpoints.size() - 1);
            Recorder second = new Recorder(new ArrayList<>(), saved, -1);
            new Decay("decay", 0.3, new ArrayList<>()).run(p, second);
            assertEquals(TIMES.length - crash, second.snapshots.size());
            for (int k = 0; k < second.snapshots.size(); k++) {
                assertArrayEquals(whole.snapshots.get(crash + k).view(TbaState.class)
                        .orElseThrow().density(), second.snapshots.get(k).view(TbaState.class)
                        .orElseThrow().density());
            }
        }
    }

    @Test
    void checkpointsOfAnotherSolverOrLayoutAreRefused() {
        Problem p = problem();
        Checkpoint other = new Checkpoint("landau", 1, 1, 3, Map.of("rho", new double[30]));
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                new Decay("decay", 0.3, new ArrayList<>()).run(p, new Recorder(
                        new ArrayList<>(), other, -1)));
        assertTrue(e.getMessage().contains("'landau'") && e.getMessage().contains("--fresh"),
                e.getMessage());
        Checkpoint newer = new Checkpoint("decay", 2, 1, 3, Map.of("rho", new double[30]));
        assertThrows(InvalidInputException.class, () -> new Decay("decay", 0.3,
                new ArrayList<>()).run(p, new Recorder(new ArrayList<>(), newer, -1)));
    }

    @Test
    void aMonitorStopsTheRunBeforeTheObserversSeeTheDrift() {
        Problem p = problem();
        double n0 = p.initialState().particleDensity();
        EvolvingSolver leaky = new Decay("decay", 0.3, new ArrayList<>()) {
            @Override
            public Evolution start(Problem problem, RunContext context) {
                Evolution inner = super.start(problem, context);
                return new Evolution() {
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
                        return inner.snapshot();
                    }

                    @Override
                    public Map<String, double[]> save() {
                        return inner.save();
                    }

                    @Override
                    public List<ConservationMonitor> monitors() {
                        return List.of(new ConservationMonitor(List.of("particle number"),
                                new double[] {n0}, new double[] {n0}, s -> new double[] {
                                    s.view(TbaState.class).orElseThrow().particleDensity()},
                                0.2, "solver.conservation", "lower the rate"));
                    }
                };
            }
        };
        Recorder rec = new Recorder(new ArrayList<>(), null, -1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> leaky.run(p, rec));
        // e^{-0.3 t} drifts by 14% at t = 0.5, 26% at t = 1: the output at t = 1 is never emitted
        assertEquals(2, rec.snapshots.size());
        // the drift reaches 20% at t* = −ln(0.8)/0.3 = 0.744, located within (1 − 0.5)/64
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("first between t = ([0-9.]+)"
                + " and t = ([0-9.]+)").matcher(e.getMessage());
        assertTrue(m.find() && e.getMessage().startsWith("solver: particle number drifted beyond"
                + " solver.conservation = 2e-01"), e.getMessage());
        double a = Double.parseDouble(m.group(1));
        double b = Double.parseDouble(m.group(2));
        double crossing = -Math.log(0.8) / 0.3;
        assertTrue(a <= crossing + 1e-5 && crossing <= b + 1e-5 && b - a <= 0.5 / 64 + 1e-5,
                e.getMessage());
    }

    @Test
    void stagesHandOverTheDensityAndCarryViews() {
        Problem p = problem();
        double ts = 1.5;
        List<String> calls = new ArrayList<>();
        Stages staged = new Stages(List.of(new Decay("a", 0.3, calls), new Decay("b", 1.1,
                calls)), new double[] {ts});
        assertEquals("a+b", staged.name());
        Recorder rec = new Recorder(calls, null, -1);
        staged.run(p, rec);
        double n0 = p.initialState().particleDensity();
        for (int k = 0; k < TIMES.length; k++) {
            double t = TIMES[k];
            double expected = t <= ts ? n0 * Math.exp(-0.3 * t)
                    : n0 * Math.exp(-0.3 * ts - 1.1 * (t - ts));
            assertEquals(expected, rec.density(k), 1e-14 * n0, "t = " + t);
            Optional<Marker> m = rec.snapshots.get(k).view(Marker.class);
            assertEquals(t > ts, m.isPresent());
            m.ifPresent(x -> assertEquals(0.3, x.value()));
        }
        assertTrue(calls.containsAll(List.of("a.advance 1.0->1.5", "b.start@1.5",
                "b.advance 1.5->2.0")), calls.toString());
        assertFalse(calls.contains("emit@1.5"));
        // a crash in the second stage resumes there, bit for bit
        for (int crash = 1; crash < TIMES.length; crash++) {
            Recorder first = new Recorder(new ArrayList<>(), null, crash);
            Stages again = new Stages(List.of(new Decay("a", 0.3, new ArrayList<>()),
                    new Decay("b", 1.1, new ArrayList<>())), new double[] {ts});
            assertThrows(IllegalStateException.class, () -> again.run(p, first));
            Recorder second = new Recorder(new ArrayList<>(),
                    first.checkpoints.get(first.checkpoints.size() - 1), -1);
            again.run(p, second);
            for (int k = 0; k < second.snapshots.size(); k++) {
                assertEquals(rec.density(crash + k), second.density(k), 0.0);
                assertEquals(rec.snapshots.get(crash + k).view(Marker.class).isPresent(),
                        second.snapshots.get(k).view(Marker.class).isPresent());
            }
        }
    }

    @Test
    void stageTimesMustIncreaseAndFollowTheFirstOutput() {
        List<String> calls = new ArrayList<>();
        assertThrows(InvalidInputException.class, () -> new Stages(List.of(new Decay("a", 1,
                calls), new Decay("b", 1, calls), new Decay("c", 1, calls)),
                new double[] {2, 1}));
        Stages late = new Stages(List.of(new Decay("a", 1, calls), new Decay("b", 1, calls)),
                new double[] {1});
        Problem fromTwo = new Problem(problem().initialState(), List.of(), null,
                new double[] {2, 3});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> late.check(fromTwo));
        assertTrue(e.getMessage().startsWith("stages.0.from"), e.getMessage());
    }
}
