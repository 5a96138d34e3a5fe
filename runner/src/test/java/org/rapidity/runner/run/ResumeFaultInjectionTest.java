package org.rapidity.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.wiring.Observables;
import org.rapidity.runner.wiring.ProblemModule;

/**
 * Issue 13: resume under fault injection, for every solver. Each solver runs a reduced example
 * three ways: uninterrupted; killed at a random output (an injected failure in the run context,
 * as a crash would leave it: the rows and checkpoints written so far, nothing after); and resumed
 * from what the killed run left. The resumed table must equal the uninterrupted one character
 * for character (the numbers are written in shortest round-trip form, so this is bit for bit).
 * Checkpoints are written at every offer ({@code checkpoint_seconds = 0}), so the kill can fall
 * between any two outputs. The random kill point is printed on failure.
 */
class ResumeFaultInjectionTest {

    @TempDir
    Path tmp;

    /** A reduced example per solver: the file and its overrides. */
    record Case(String solver, String example, List<String> overrides) {
        @Override
        public String toString() {
            return solver;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("landau", "hardrods-landau.json", List.of("grid.points=60",
                        "times.end=1000", "times.outputs=4", "times.first=100")),
                new Case("fgr", "hardrods-landau.json", List.of("solver.name=fgr",
                        "grid.points=60", "times.end=1000", "times.outputs=4",
                        "times.first=100")),
                new Case("hierarchy", "hardrods-fig6.json", List.of("sweep.values=[4]",
                        "grid.points=50", "solver.z_points=24", "times.end=16",
                        "times.outputs=4", "times.first=4", "stages.0.from=8",
                        "solver.absorbing_layer=0", "solver.edge_tolerance=1")),
                // the three-point layer in single precision: g3 in the file as floats
                new Case("hierarchy three-point single", "hardrods-fig6.json", List.of(
                        "sweep.values=[4]", "truncation.name=three-point", "grid.points=30",
                        "grid.min=-4", "grid.max=4", "solver.z_points=16",
                        "solver.g3_points=8", "solver.g3_precision=single", "times.end=6",
                        "times.outputs=4", "times.first=1", "stages.0.from=1000",
                        "solver.absorbing_layer=0", "solver.edge_tolerance=1")),
                new Case("ghd", "cs-ramp-single-tube.json", List.of("solver.x_points=24",
                        "grid.points=26", "model.strings=10", "times.outputs=6",
                        "solver.crossing_gap=1.2", "solver.conservation=0.05")),
                new Case("md", "hardrods-md-fig6.json", List.of("sweep.values=[4]",
                        "solver.samples=16", "solver.blocks=4", "times.end=40",
                        "times.outputs=6", "times.first=2")));
    }

    static final class Killed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("injected kill");
        }
    }

    /** Passes everything on until output {@code killAt}, where it fails like a crash. */
    record Killing(RunContext inner, int killAt, int[] emitted) implements RunContext {
        @Override
        public double[] outputTimes() {
            return inner.outputTimes();
        }

        @Override
        public void emit(Snapshot snapshot) {
            if (emitted[0] == killAt) {
                throw new Killed();
            }
            inner.emit(snapshot);
            emitted[0]++;
        }

        @Override
        public Optional<Checkpoint> resumeFrom() {
            return inner.resumeFrom();
        }

        @Override
        public void checkpoint(Checkpoint checkpoint) {
            inner.checkpoint(checkpoint);
        }

        @Override
        public void progress(double time) {
            inner.progress(time);
        }

        @Override
        public void result(String name, double... values) {
            inner.result(name, values);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aRunKilledAtARandomOutputResumesToTheSameNumbers(Case c) throws IOException {
        Path file = Path.of("..", "examples", c.example()).toAbsolutePath().normalize();
        Descriptor d = DescriptorReader.expand(DescriptorReader.read(file, c.overrides()))
                .get(0);
        Registry registry = Registry.standard();
        Problem problem = ProblemModule.build(d, registry, Problem.class);
        Solver solver = ProblemModule.build(d, registry, Solver.class);
        Observables observables = ProblemModule.build(d, registry, Observables.class);
        String fingerprint = RunJob.fingerprint(d.resolved());
        int outputs = problem.outputTimes().length;

        Path whole = tmp.resolve("whole");
        RunRecorder reference = new RunRecorder(whole, problem.outputTimes(),
                observables.list(), fingerprint, 0, false, null, c.solver());
        solver.run(problem, reference);
        assertEquals(outputs, reference.emitted());

        long seed = System.nanoTime();
        int killAt = 1 + new Random(seed).nextInt(outputs - 1);
        String why = c.solver() + " killed before output " + killAt + " of " + outputs
                + " (seed " + seed + ")";
        Path broken = tmp.resolve("broken");
        RunRecorder first = new RunRecorder(broken, problem.outputTimes(), observables.list(),
                fingerprint, 0, false, null, c.solver());
        assertThrows(Killed.class, () -> solver.run(problem, new Killing(first, killAt,
                new int[1])), why);
        assertEquals(killAt, first.emitted(), why);

        RunRecorder resumed = new RunRecorder(broken, problem.outputTimes(),
                observables.list(), fingerprint, 0, true, null, c.solver());
        assertTrue(resumed.resumed(), why + ": a checkpoint to resume from");
        assertTrue(resumed.emitted() >= 1 && resumed.emitted() <= killAt, why);
        solver.run(problem, resumed);
        assertEquals(outputs, resumed.emitted(), why);
        assertEquals(Files.readString(whole.resolve(RunRecorder.TABLE)),
                Files.readString(broken.resolve(RunRecorder.TABLE)), why);
        assertEquals(reference.results().keySet(), resumed.results().keySet(), why);
    }
}
