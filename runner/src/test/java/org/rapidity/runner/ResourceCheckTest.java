package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Map;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.tba.TbaCost;

/**
 * Issue 13, defect 3: requests that cannot fit are refused before any work, with what was asked,
 * what it needs, what the JVM has and the parameter to lower. The cases are the issue's: before,
 * {@code tba} with 20 000 points or 40 strings × 400 points ended after half a minute in an
 * OutOfMemoryError inside a Guice provisioning dump, {@code md} with 10⁹ samples printed a raw
 * stack trace, {@code ghd} with 10⁵ cells ran for minutes.
 */
class ResourceCheckTest {

    @TempDir
    Path tmp;

    /**
     * The refusals must not depend on the machine: the checks see a heap of 4 GiB however large
     * the JVM's is (a machine with a larger heap would otherwise start the ghd case).
     */
    @BeforeEach
    void capTheHeapSeenByTheChecks() {
        System.setProperty("rapidity.max-memory", Long.toString(4L << 30));
    }

    @AfterEach
    void uncap() {
        System.clearProperty("rapidity.max-memory");
    }

    Cli cli(String command, String example, String... extra) {
        List<String> args = new ArrayList<>(List.of(command,
                LiebLinigerCliTest.example(example).toString(), "--out",
                tmp.resolve("out").toString(), "--no-plots"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Refused with status 2 and the estimate; the output directory is left as it was. */
    static void assertRefused(Cli c, String field, String... fragments) {
        assertEquals(Main.INVALID_INPUT, c.status(), c.err() + c.out());
        assertTrue(c.err().startsWith("error: " + field + ": "), c.err());
        assertTrue(c.err().contains("of memory") && c.err().contains("the JVM has")
                && c.err().contains("lower "), c.err());
        assertFalse(c.err().contains("internal error") || c.err().contains("\tat "), c.err());
        for (String f : fragments) {
            assertTrue(c.err().contains(f), "'" + f + "' in " + c.err());
        }
    }

    void assertFast(long t0) {
        // the issue asks for under a second; the bound leaves room for a loaded CI machine
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertTrue(seconds < 5, "refused after " + seconds + " s");
    }

    @Test
    void theTbaCoreRefusesGridsThatCannotFit() {
        long t0 = System.nanoTime();
        assertRefused(cli("tba", "liebliniger-thermal.json", "--set", "grid.points=20000"),
                "grid.points", "the TBA dressing on 20000 points needs about 70 GB");
        assertRefused(cli("tba", "liebliniger-strings.json", "--set", "model.strings=40",
                "--set", "grid.points=400"), "grid.points", "40 species × 400 points",
                "the number of species");
        assertFast(t0);
        assertFalse(Files.exists(tmp.resolve("out")), "no output directory is left behind");
    }

    @Test
    void hardRodsDressInClosedFormAndAreNotRefused() {
        // the rank-one dressing of hard rods holds vectors, not matrices: 20 000 points run in
        // seconds in a small heap and must not be refused by the dense estimate
        ModelProvider p = Registry.standard().models().get("model.name", "hardrods");
        IntegrableModel rods = p.create(Parameters.validate("model", p.parameters(),
                Map.of("a", 1.0)));
        assertTrue(TbaCost.of(rods, 20000).bytes() < 1e8, TbaCost.of(rods, 20000).toString());
        ModelProvider l = Registry.standard().models().get("model.name", "liebliniger");
        IntegrableModel gas = l.create(Parameters.validate("model", l.parameters(),
                Map.of("c", 1.0)));
        // the dense dressing: 176 M² bytes (two dressings on the doubled grid, three on M)
        // and 40 vectors of M
        assertEquals(176.0 * 4e8 + 320 * 2e4, TbaCost.of(gas, 20000).bytes(), 1);
    }

    @Test
    void solversRefuseEnsemblesAndGridsThatCannotFit() {
        long t0 = System.nanoTime();
        assertRefused(cli("run", "hardrods-md-fig6.json", "--set", "sweep.values=[6]",
                "--set", "solver.samples=1000000000"), "solver.samples",
                "an ensemble of 1000000000 samples × 80 rods");
        assertRefused(cli("run", "cs-ramp-single-tube.json", "--set", "solver.x_points=100000"),
                "solver.x_points", "GHD on 100000 cells");
        assertRefused(cli("run", "hardrods-fig6-bbgky.json", "--set", "sweep.values=[4]",
                "--set", "solver.z_points=20000"), "solver.z_points", "the two-point function");
        assertFast(t0);
    }

    @Test
    void theBoundaryFollowsTheEstimate() {
        // with the heap capped at 10 MB the dense TBA core fits 176 M² + 320 M ≤ 0.9 × 10⁷
        // bytes: M ≤ 225
        System.setProperty("rapidity.max-memory", "10000000");
        try {
            Cli fits = cli("tba", "liebliniger-thermal.json", "--set", "grid.points=200");
            assertEquals(0, fits.status(), fits.err());
            assertRefused(cli("tba", "liebliniger-thermal.json", "--set", "grid.points=240"),
                    "grid.points", "the JVM has 10 MB");
        } finally {
            System.clearProperty("rapidity.max-memory");
        }
    }

    @Test
    void aSweepIsCheckedWholeBeforeItsFirstMemberRuns() {
        // the last value cannot fit: nothing runs, no member directory is written
        Cli c = cli("run", "hardrods-md-fig6.json", "--set", "solver.samples=20", "--set",
                "solver.blocks=4", "--set", "times.end=10", "--set", "times.outputs=2",
                "--set", "times.first=5", "--set", "sweep.parameter=solver.samples",
                "--set", "sweep.values=[20, 1000000000]");
        assertRefused(c, "solver.samples", "(sweep value 1000000000)");
        assertFalse(Files.exists(tmp.resolve("out")), c.out());
        // a bad value (not a number) is refused the same way, before any member runs
        Cli bad = cli("run", "hardrods-md-fig6.json", "--set", "solver.samples=20", "--set",
                "solver.blocks=4", "--set", "sweep.parameter=solver.samples",
                "--set", "sweep.values=[20, \"1f\"]");
        assertEquals(Main.INVALID_INPUT, bad.status(), bad.err());
        assertTrue(bad.err().contains("'1f'"), bad.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void sweepValuesNeverLeaveTheOutputDirectory() throws Exception {
        Cli c = cli("run", "hardrods-md-fig6.json", "--set", "solver.samples=8", "--set",
                "solver.blocks=4", "--set", "times.end=4", "--set", "times.outputs=2",
                "--set", "times.first=2", "--set", "sweep.parameter=description",
                "--set", "sweep.values=[\"../escape\", \"a/b\"]");
        assertEquals(0, c.status(), c.err());
        assertFalse(Files.exists(tmp.resolve("escape")));
        assertTrue(Files.isDirectory(tmp.resolve("out").resolve("description=.._escape")));
        assertTrue(Files.isDirectory(tmp.resolve("out").resolve("description=a_b")));
        assertTrue(Files.readString(tmp.resolve("out").resolve("sweep.csv"))
                .contains("../escape"));
    }
}
