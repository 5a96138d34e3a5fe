package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.engine.ExternalEngines;
import org.rapidity.runner.engine.UnitExecution;
import org.rapidity.runner.engine.UnitOutcome;
import org.rapidity.runner.engine.WorkUnit;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The execution-engine seam on the command line (docs/distributed.md): the local engine with
 * units side by side writes what one-at-a-time writes; an engine that ships units as JSON and
 * gets files back (the remote path of the Spark engine, here in-process through the
 * {@link ExternalEngines} bridge) writes the same files, byte for byte, timings aside; the
 * manifest skips finished units and reruns a unit whose files changed; bad engine options are
 * refused naming the option.
 */
class EngineCliTest {

    @TempDir
    Path tmp;

    private static final String MD = Path.of("..", "examples", "hardrods-md-fig6.json")
            .toString();

    private static List<String> mdSweep(Path out, String... more) {
        List<String> a = new ArrayList<>(List.of("run", MD, "--out", out.toString(), "--no-plots",
                "--set", "sweep.values=[2,6]", "--set", "solver.samples=8", "--set",
                "solver.blocks=4", "--set", "times.end=10", "--set", "times.outputs=2", "--set",
                "times.first=2"));
        a.addAll(List.of(more));
        return a;
    }

    private static Cli cli(List<String> args) {
        return Cli.run(args.toArray(String[]::new));
    }

    /** Every CSV/JSON/checkpoint file but the manifest, timings masked. */
    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (name.endsWith(".png") || name.endsWith(".lock") || name.equals("units.json")) {
                    continue;
                }
                byte[] b = Files.readAllBytes(p);
                files.put(name, name.endsWith(".bin") ? java.util.HexFormat.of().formatHex(b)
                        : new String(b, StandardCharsets.UTF_8)
                        .replaceAll("\"started\" *: *\"[^\"]*\"", "")
                        .replaceAll("\"wall_seconds\" *: *[-0-9.eE+]+", ""));
            }
        }
        return files;
    }

    @Test
    void everyEngineWritesTheSameFilesAndTheManifestSkipsFinishedUnits() throws IOException {
        Cli one = cli(mdSweep(tmp.resolve("one")));
        assertEquals(0, one.status(), one.err());
        Map<String, String> reference = tree(tmp.resolve("one"));
        assertTrue(reference.containsKey("sweep.csv") && reference.size() == 9,
                reference.keySet().toString());

        Cli two = cli(mdSweep(tmp.resolve("two"), "--workers", "2"));
        assertEquals(0, two.status(), two.err());
        assertEquals(reference, tree(tmp.resolve("two")), "--workers 2");

        // the remote path: units as JSON, files back as bytes, written by the runner
        ExternalEngines.register("in-process", options -> (units, answer) -> {
            for (int i = 0; i < units.size(); i++) {
                answer.accept(i, UnitExecution.runRemote(units.get(i)));
            }
        });
        Cli remote = cli(mdSweep(tmp.resolve("remote"), "--engine", "in-process"));
        assertEquals(0, remote.status(), remote.err());
        assertTrue(remote.out().contains("unit 2 of 2 (sweep value 6) finished on"),
                remote.out());
        assertEquals(reference, tree(tmp.resolve("remote")), "remote units");

        // a rerun skips both units; a unit whose file changed runs again
        Cli again = cli(mdSweep(tmp.resolve("remote")));
        assertTrue(again.out().contains("skipping unit 1 of 2 (sweep value 2)")
                && again.out().contains("skipping unit 2 of 2 (sweep value 6)"), again.out());
        Path table = tmp.resolve("remote/perturbations.0.V0=6/observables.csv");
        Files.writeString(table, "damaged\n");
        Cli repaired = cli(mdSweep(tmp.resolve("remote")));
        assertEquals(0, repaired.status(), repaired.err());
        assertTrue(repaired.out().contains("skipping unit 1 of 2")
                && !repaired.out().contains("skipping unit 2 of 2"), repaired.out());
        assertEquals(reference, tree(tmp.resolve("remote")), "after the rerun of unit 2");
    }

    @Test
    void anMdEnsembleSplitIntoBlocksGivesTheNumbersOfTheWholeEnsemble() throws IOException {
        // 5 blocks: units of blocks 0-1 and 2-4, run as separate partial ensembles and combined
        List<String> whole = mdSweep(tmp.resolve("whole"), "--set", "solver.blocks=5");
        assertEquals(0, cli(whole).status());
        List<String> split = mdSweep(tmp.resolve("split"), "--set", "solver.blocks=5",
                "--blocks-per-unit", "2");
        Cli c = cli(split);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("split into 4 work units")
                && c.out().contains("combined the 2 units (5 blocks) of sweep value 6"), c.out());
        assertTrue(Files.isRegularFile(tmp.resolve(
                "split/perturbations.0.V0=2/blocks-2-4/summary.json")));
        Map<String, String> a = tree(tmp.resolve("whole"));
        Map<String, String> b = tree(tmp.resolve("split"));
        for (String f : a.keySet()) {
            if (!f.endsWith(".bin")) { // the combination's checkpoint holds the block sums
                assertEquals(a.get(f), b.get(f), f);
            }
        }
        // a rerun skips the units and the combinations
        Cli again = cli(split);
        assertTrue(again.out().contains("skipping unit 4 of 4 (sweep value 6, blocks 2-4)")
                && again.out().contains("skipping the combination of sweep value 6"),
                again.out());
        Cli refused = cli(List.of("run", Path.of("..", "examples", "hardrods-landau.json")
                .toString(), "--out", tmp.resolve("landau").toString(), "--blocks-per-unit",
                "2"));
        assertEquals(Main.INVALID_INPUT, refused.status());
        assertTrue(refused.err().contains("--blocks-per-unit: splits ensembles of blocks of"
                + " samples (solver md); solver 'landau' has none"), refused.err());
    }

    @Test
    void engineOptionsAreCheckedNamingTheOption() {
        Cli spark = cli(mdSweep(tmp.resolve("s"), "--engine", "spark"));
        assertEquals(Main.INVALID_INPUT, spark.status());
        assertTrue(spark.err().contains("--engine: engine 'spark' is not available in this"
                + " launch; available: local"), spark.err());
        Cli master = cli(mdSweep(tmp.resolve("m"), "--master", "local[2]"));
        assertEquals(Main.INVALID_INPUT, master.status());
        assertTrue(master.err().contains("--master: is an option of a distributed engine"),
                master.err());
        Cli workers = cli(mdSweep(tmp.resolve("w"), "--workers", "0"));
        assertEquals(Main.INVALID_INPUT, workers.status());
        assertTrue(workers.err().contains("--workers: must be at least 1"), workers.err());
        assertFalse(Files.exists(tmp.resolve("s/units.json")));
    }

    @Test
    void outcomesTravelAsBytesWithTheirFieldAndFiles() {
        UnitOutcome ok = UnitOutcome.finished(3, Map.of("a/b.csv", new byte[] {1, 2, 3}),
                "line\n", "host pid 1");
        UnitOutcome back = UnitOutcome.decode(ok.encode());
        assertEquals(3, back.index());
        assertArrayEquals(new byte[] {1, 2, 3}, back.files().get("a/b.csv"));
        assertEquals("line\n", back.log());
        UnitOutcome bad = UnitOutcome.decode(UnitOutcome.failed(1, new InvalidInputException(
                "solver.dt", "too large"), "", "h").encode());
        assertEquals("solver.dt", ((InvalidInputException) bad.error()).field());
        assertEquals("solver.dt: too large", bad.error().getMessage());
    }

    @Test
    void aWorkerWithoutThePluginFolderFailsTheUnitNamingIt() {
        WorkUnit unit = new WorkUnit(0, 1, "", "", MD, new ObjectMapper().createObjectNode(),
                tmp.resolve("no-such-plugins").toString(), false);
        UnitOutcome o = UnitOutcome.decode(UnitExecution.runRemote(unit.toJson()));
        assertFalse(o.ok());
        assertEquals("--plugins", ((InvalidInputException) o.error()).field());
        assertTrue(o.error().getMessage().contains("has no plugin folder " + tmp.resolve(
                "no-such-plugins") + ": every worker needs the plugin jars"), o.error()
                .getMessage());
    }
}
