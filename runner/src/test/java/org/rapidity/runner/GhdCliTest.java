package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GHD example through the command line, on a coarse grid: the observables versus time and
 * coupling, the fields (profiles and phase-space heat maps), the ramp through c = 0, and bad
 * solver settings refused with status 2 and the field.
 */
class GhdCliTest {

    @TempDir
    Path tmp;

    static final String[] COARSE = {"--set", "solver.x_points=24", "--set", "grid.points=26",
        "--set", "model.strings=10", "--set", "times.outputs=4", "--set",
        "solver.crossing_gap=1.2", "--set", "observables=[\"coupling\",\"trap-totals\","
                + "{\"name\":\"string-populations\",\"max\":2},\"release-energies\","
                + "{\"name\":\"phase-space-density\",\"species\":[1,2]},\"density-profile\"]"};

    Cli run(String... extra) {
        String[] args = new String[5 + extra.length];
        args[0] = "run";
        args[1] = LiebLinigerCliTest.example("cs-ramp-single-tube.json").toString();
        args[2] = "--out";
        args[3] = tmp.resolve("out").toString();
        args[4] = "--fresh";
        System.arraycopy(extra, 0, args, 5, extra.length);
        return Cli.run(args);
    }

    @Test
    void rampThroughZeroWritesObservablesFieldsAndPlots() throws IOException {
        Cli c = run(COARSE);
        assertEquals(0, c.status(), c.err());
        Path out = tmp.resolve("out");
        List<String> rows = Files.readAllLines(out.resolve("observables.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        assertEquals(6, rows.size(), "header and 5 outputs");
        int coupling = header.indexOf("c_tilde_per_um");
        int atoms = header.indexOf("atom-number");
        int nP1 = header.indexOf("nP_1");
        String[] first = rows.get(1).split(",");
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(2.58, Double.parseDouble(first[coupling]), 1e-12);
        assertTrue(Double.parseDouble(last[coupling]) < -1.9, rows.get(rows.size() - 1));
        assertEquals(15, Double.parseDouble(first[atoms]), 1e-9);
        assertEquals(1, Double.parseDouble(first[nP1]), 1e-12);
        assertTrue(Double.parseDouble(last[nP1]) < 0.9, "strings formed: nP_1 = " + last[nP1]);
        assertTrue(Files.isRegularFile(out.resolve("observables-vs-c_tilde_per_um.png"))
                || Files.isRegularFile(out.resolve("observables-vs-coupling.png")));
        assertTrue(Files.isRegularFile(out.resolve("fields/phase-space-density-1-0000.png")));
        assertTrue(Files.isRegularFile(out.resolve("fields/phase-space-density-2-0004.csv")),
                "strings after the crossing");
        assertTrue(Files.isRegularFile(out.resolve("fields/density-profile-0004.csv")));
    }

    @Test
    void badSolverSettingsStopWithTheField() {
        Cli c = run("--set", "solver.boundary=ring");
        assertEquals(Main.INVALID_INPUT, c.status(), c.err());
        assertTrue(c.err().contains("solver.boundary"), c.err());
        Cli d = run("--set", "drives.1.to=-0.1 1/um");
        assertEquals(Main.INVALID_INPUT, d.status(), d.err());
        assertTrue(d.err().contains("solver.crossing_gap") && d.err().contains("inside the"
                + " crossing gap"), d.err());
        Cli unit = run("--set", "drives.0.frequency=27.6 furlongs");
        assertEquals(Main.INVALID_INPUT, unit.status(), unit.err());
        assertTrue(unit.err().startsWith("error: drives.0.frequency: unknown unit 'furlongs'"),
                unit.err());
        Cli dimension = run("--set", "drives.1.rate=-0.038 1/um");
        assertEquals(Main.INVALID_INPUT, dimension.status(), dimension.err());
        assertTrue(dimension.err().startsWith("error: drives.1.rate: '-0.038 1/um' is not a"
                + " 1/(length·time)"), dimension.err());
    }

    /** A drive the solver cannot use is refused, naming the solvers that can. */
    @Test
    void aDriveTheSolverCannotUseIsRefused() {
        Cli c = run("--set", "solver={\"name\": \"landau\"}", "--set",
                "perturbations=[{\"name\": \"power-law\", \"V0\": 1, \"xi\": 5}]");
        assertEquals(Main.INVALID_INPUT, c.status(), c.err());
        assertTrue(c.err().startsWith("error: drives.0.name: solver 'landau' does not accept"
                + " drive 'harmonic-trap' (ExternalPotential); solvers that do: ghd"), c.err());
    }
}
