package org.rapidity.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The spark engine against the local one, in-process: Spark {@code local[2]} (two executor
 * threads, Spark's scheduler, serialisation of units and outcomes, the runner in a module layer)
 * must write the same files, byte for byte, as the local engine (run.json's start time and
 * summary.json's wall time aside): for a sweep of a kinetic solver and for a sweep of MD
 * ensembles (samples in blocks, jackknife errors, checkpoints). Then the bad inputs: a unit that
 * fails (kept apart, the finished unit kept and skipped by the rerun), an unreachable master, a
 * malformed one. Runs after `package` (integration-test phase): it needs
 * runner/target/modules.
 */
class SparkEngineTest {

    private static final Path HOME = Path.of(System.getProperty("rapidity.home", ".."))
            .toAbsolutePath().normalize();
    private static final Path OUT = HOME.resolve("engine-spark/target/test-runs");

    record Cli(int status, String out, String err) {
    }

    static Cli cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SparkMain.run(args.toArray(String[]::new), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    static List<String> run(String example, Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("run", HOME.resolve("examples").resolve(example)
                .toString(), "--out", out.toString(), "--fresh"));
        a.addAll(List.of(more));
        return a;
    }

    /** Every file but PNGs, the lock and the manifest, with the timings masked. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (name.endsWith(".png") || name.endsWith(".lock") || name.equals("units.json")) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                String text = name.endsWith(".bin") ? java.util.HexFormat.of().formatHex(b)
                        : new String(b, StandardCharsets.UTF_8)
                        .replaceAll("\"started\" *: *\"[^\"]*\"", "\"started\":X")
                        .replaceAll("\"wall_seconds\" *: *[-0-9.eE+]+", "\"wall_seconds\":X");
                files.put(name, text);
            }
        }
        return files;
    }

    static void sameOnBothEngines(String name, String example, String... overrides)
            throws IOException {
        sameOnBothEngines(name, example, List.of(), overrides);
    }

    static void sameOnBothEngines(String name, String example, List<String> sparkOptions,
            String... overrides) throws IOException {
        Path local = OUT.resolve(name + "-local");
        Path spark = OUT.resolve(name + "-spark");
        Cli l = cli(run(example, local, overrides));
        assertEquals(0, l.status(), l.err());
        List<String> args = run(example, spark, overrides);
        args.addAll(List.of("--engine", "spark", "--master", "local[2]"));
        args.addAll(sparkOptions);
        Cli s = cli(args);
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("on engine spark"), s.out());
        Map<String, String> a = tree(local);
        Map<String, String> b = tree(spark);
        assertTrue(a.containsKey("sweep.csv"), a.keySet().toString());
        if (sparkOptions.contains("--blocks-per-unit")) { // plus the units' own directories
            assertTrue(b.keySet().containsAll(a.keySet()), b.keySet().toString());
        } else {
            assertEquals(a.keySet(), b.keySet());
        }
        a.forEach((file, text) -> {
            if (!(sparkOptions.contains("--blocks-per-unit") && file.endsWith(".bin"))) {
                assertEquals(text, b.get(file), name + ": " + file);
            }
        });
    }

    @Test
    void aKineticSweepWritesTheSameFilesOnSparkAsLocally() throws IOException {
        sameOnBothEngines("dy-rates", "dy-newtons-cradle-rates.json", "--no-plots",
                "--set", "grid.points=40", "--set", "sweep.values=[0,54.7356103172,90]");
    }

    /**
     * The tube ensemble of examples/cs-ensemble-ramp.json (2 bins, coarse grid): its members
     * run as units on Spark, their files come back to the driver, which sums them; every file
     * (members, sums, checkpoints) is the local engine's, byte for byte, timings aside.
     */
    @Test
    void aTubeEnsembleWritesTheSameFilesOnSparkAsLocally() throws IOException {
        String[] overrides = {"--no-plots", "--set", "solver.x_points=24", "--set",
            "grid.points=26", "--set", "model.strings=24", "--set", "times.outputs=4", "--set",
            "solver.crossing_gap=1.2", "--set", "ensemble.bins=2"};
        Path local = OUT.resolve("ensemble-local");
        Path spark = OUT.resolve("ensemble-spark");
        Cli l = cli(run("cs-ensemble-ramp.json", local, overrides));
        assertEquals(0, l.status(), l.err());
        List<String> args = run("cs-ensemble-ramp.json", spark, overrides);
        args.addAll(List.of("--engine", "spark", "--master", "local[2]"));
        Cli s = cli(args);
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("on engine spark"), s.out());
        Map<String, String> a = tree(local);
        assertTrue(a.containsKey("ensemble.csv") && a.containsKey("member-02/observables.csv")
                && a.containsKey("fields/density-profile-0004.csv"), a.keySet().toString());
        assertEquals(a, tree(spark));
    }

    @Test
    void mdEnsemblesInBlocksWriteTheSameFilesOnSparkAsLocally() throws IOException {
        sameOnBothEngines("md", "hardrods-md-fig6.json", "--no-plots", "--set",
                "sweep.values=[2,6]", "--set", "solver.samples=8", "--set", "solver.blocks=4",
                "--set", "times.end=20", "--set", "times.outputs=3", "--set", "times.first=2");
    }

    @Test
    void anMdEnsembleSplitIntoBlocksOnSparkGivesTheWholeEnsemblesFiles() throws IOException {
        // 6 blocks in units of 2: six units over two executors, combined on the driver; the
        // combination's checkpoint.bin holds the block sums, not the samples (not compared)
        sameOnBothEngines("md-blocks", "hardrods-md-fig6.json", List.of("--blocks-per-unit",
                "2"), "--no-plots", "--set", "sweep.values=[3,6]", "--set", "solver.samples=12",
                "--set", "solver.blocks=6", "--set", "times.end=20", "--set", "times.outputs=3",
                "--set", "times.first=2");
        assertTrue(Files.isRegularFile(OUT.resolve(
                "md-blocks-spark/perturbations.0.V0=6/blocks-4-5/summary.json")));
    }

    @Test
    void aFailingUnitIsNamedAndTheFinishedOnesAreKept() throws IOException {
        Path out = OUT.resolve("failing");
        List<String> args = run("hardrods-md-fig6.json", out, "--no-plots", "--set",
                "sweep.parameter=solver.dt", "--set", "sweep.values=[0.5,40]", "--set",
                "solver.samples=8", "--set", "solver.blocks=4", "--set", "times.end=80",
                "--set", "times.outputs=2", "--set", "times.first=2", "--engine", "spark",
                "--master", "local[2]");
        Cli c = cli(args);
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().contains("solver.dt") && c.err().contains(
                "[unit 2 of 2 (sweep value 40), on ") && c.err().contains(
                "1 of 2 units finished and are kept"), c.err());
        assertTrue(Files.isRegularFile(out.resolve("solver.dt=0.5/observables.csv")));
        assertTrue(Files.readString(out.resolve("units.json")).contains("sweep value 0.5"));
        // the rerun (without --fresh) skips the finished unit and fails on the other again
        args.remove("--fresh");
        Cli again = cli(args);
        assertEquals(2, again.status());
        assertTrue(again.out().contains("skipping unit 1 of 2 (sweep value 0.5)"), again.out());
        assertFalse(Files.exists(out.resolve("sweep.csv")));
    }

    @Test
    void aUnitThatThrowsIsRetriedThenReportedNamingItsCause() {
        // executors that lack the runner's modules: every try of every unit throws; Spark tries
        // each unit twice (local[2,2]) and the runner reports both, with the cause
        System.setProperty("spark.rapidity.modules", "/no/such/modules");
        try {
            Cli c = cli(run("hardrods-md-fig6.json", OUT.resolve("nomodules"), "--no-plots",
                    "--set", "sweep.values=[2,6]", "--set", "solver.samples=8", "--set",
                    "solver.blocks=4", "--engine", "spark", "--master", "local[2,2]"));
            assertEquals(1, c.status(), c.err());
            assertTrue(c.err().contains("failed on spark: Spark gave up on it (local[2,2]):")
                    && c.err().contains("failed 2 times") && c.err().contains(
                    "no rapidity modules in /no/such/modules") && c.err().contains(
                    "0 of 2 units finished"), c.err());
        } finally {
            System.clearProperty("spark.rapidity.modules");
        }
    }

    @Test
    void anUnreachableOrMalformedMasterIsRefusedNamingTheOption() {
        List<String> args = run("hardrods-md-fig6.json", OUT.resolve("nomaster"), "--set",
                "sweep.values=[2]", "--set", "solver.samples=8", "--set", "solver.blocks=4",
                "--engine", "spark", "--master", "spark://127.0.0.1:1");
        long t0 = System.nanoTime();
        Cli c = cli(args);
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().contains("--master: cannot reach the Spark master at"
                + " spark://127.0.0.1:1"), c.err());
        assertTrue((System.nanoTime() - t0) * 1e-9 < 15, "refused at once");
        args.set(args.size() - 1, "spark:/x");
        Cli m = cli(args);
        assertEquals(2, m.status());
        assertTrue(m.err().contains("--master: 'spark:/x' is not a Spark master URL"), m.err());
    }
}
