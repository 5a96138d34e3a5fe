package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: outputs, and a clear error with status 2 for bad input. */
class CliTest {

    static final String FIG6 = """
            {
              "model": {"name": "hardrods", "a": 1.0},
              "state": {"name": "two-lump", "beta": 2.5, "theta0": 1.0, "density": 0.2},
              "grid": {"quadrature": "uniform", "min": -7, "max": 7, "points": 100}
            }
            """;

    @TempDir
    Path tmp;

    Path descriptor(String text) throws IOException {
        Path p = tmp.resolve("d.json");
        Files.writeString(p, text);
        return p;
    }

    Cli tba(String text, String... extra) throws IOException {
        Path d = descriptor(text);
        String[] args = new String[4 + extra.length];
        args[0] = "tba";
        args[1] = d.toString();
        args[2] = "--out";
        args[3] = tmp.resolve("out").toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        return Cli.run(args);
    }

    static void assertInvalid(Cli c, String expectedStart) {
        assertEquals(Main.INVALID_INPUT, c.status(), c.err());
        assertTrue(c.err().startsWith("error: " + expectedStart), c.err());
        assertFalse(c.err().contains("\tat "), "no stack trace: " + c.err());
    }

    @Test
    void tbaWritesTableSummaryRunAndPlot() throws IOException {
        Cli c = tba(FIG6);
        assertEquals(0, c.status(), c.err());
        Path out = tmp.resolve("out");
        List<String> csv = Files.readAllLines(out.resolve("tba.csv"));
        assertEquals("species,theta,weight,rho,filling,rho_total,v_eff", csv.get(0));
        assertEquals(101, csv.size());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(0.2, summary.at("/densities/particle").asDouble(), 1e-14);
        assertEquals(0.12, summary.at("/densities/energy").asDouble(), 1e-14);
        // kurtosis of two lumps (closed form, σ² = 1/(2β)): m4/m2² - 3
        double var = 0.2;
        double m2 = 1 + var;
        double m4 = 1 + 6 * var + 3 * var * var;
        assertEquals(m4 / (m2 * m2) - 3, summary.at("/observables/kurtosis").asDouble(), 1e-12);
        assertEquals("hardrods", summary.at("/model/name").asText());
        assertEquals(1.0, summary.at("/model/parameters/a").asDouble());
        assertTrue(Files.size(out.resolve("tba.png")) > 1000);
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("two-lump", run.at("/descriptor/state/name").asText());
        // the density of states of hard rods, (1 - aρ̄)/2π, in every row
        String[] row = csv.get(50).split(",");
        assertEquals(0.8 / (2 * Math.PI), Double.parseDouble(row[5]), 1e-15);
    }

    /** {@code tba --matrices}: C, A and 𝔇 of every pair of modes; 𝔇C read back is symmetric. */
    @Test
    void tbaWritesTheHydrodynamicMatrices() throws IOException {
        Cli c = tba(FIG6, "--matrices");
        assertEquals(0, c.status(), c.err());
        List<String> csv = Files.readAllLines(tmp.resolve("out").resolve("matrices.csv"));
        assertEquals("species,theta,species_prime,theta_prime,weight_prime,C,A,D", csv.get(0));
        int n = 100;
        assertEquals(n * n + 1, csv.size());
        double[][] cm = new double[n][n];
        double[][] dm = new double[n][n];
        for (int r = 1; r < csv.size(); r++) {
            String[] f = csv.get(r).split(",");
            cm[(r - 1) / n][(r - 1) % n] = Double.parseDouble(f[5]);
            dm[(r - 1) / n][(r - 1) % n] = Double.parseDouble(f[7]);
        }
        double asym = 0;
        double scale = 0;
        double[][] dc = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    dc[i][j] += dm[i][k] * cm[k][j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                asym = Math.max(asym, Math.abs(dc[i][j] - dc[j][i]));
                scale = Math.max(scale, Math.abs(dc[i][j]));
            }
        }
        assertTrue(scale > 0 && asym < 1e-8 * scale, asym + " of " + scale);
    }

    @Test
    void setOverridesAreAppliedAndValidatedLikeTheFile() throws IOException {
        Cli ok = tba(FIG6, "--set", "model.a=0.5", "--set", "state.density=1.5");
        assertEquals(0, ok.status(), ok.err());
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("out/summary.json").toFile());
        assertEquals(0.5, summary.at("/model/parameters/a").asDouble());
        assertEquals(1.5, summary.at("/densities/particle").asDouble(), 1e-13);
        assertInvalid(tba(FIG6, "--set", "model.a=-1"),
                "model.a: value -1 out of range: must be >= 0");
        // NaN is not a JSON number (issue 13): refused as text
        assertInvalid(tba(FIG6, "--set", "model.a=NaN"),
                "model.a: expected a number in length, got 'NaN'");
    }

    @Test
    void unknownModelListsTheAvailableOnes() throws IOException {
        assertInvalid(tba(FIG6.replace("\"hardrods\"", "\"hardrod\"")),
                "model.name: unknown model 'hardrod'; available: dipolar-tubes, hardrods");
    }

    @Test
    void missingParameterNamesTheField() throws IOException {
        assertInvalid(tba(FIG6.replace("\"a\": 1.0", "\"b\": 1.0")),
                "model.b: unknown parameter; allowed: a");
        assertInvalid(tba(FIG6.replace(", \"a\": 1.0", "")),
                "model.a: required parameter is missing");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        Cli c = tba(FIG6.replace("\"a\": 1.0}", "\"a\": 1.0,}"));
        assertEquals(Main.INVALID_INPUT, c.status());
        assertTrue(c.err().contains("malformed JSON at line 2, column"), c.err());
    }

    @Test
    void densityBeyondClosePackingIsRefused() throws IOException {
        assertInvalid(tba(FIG6, "--set", "state.density=1.2"),
                "state.density: density ρ̄ = 1.2 with rod length model.a = 1 gives a·ρ̄ = 1.2"
                        + " >= 1: beyond close packing");
    }

    @Test
    void coarseOrNarrowGridsAreRefused() throws IOException {
        assertInvalid(tba(FIG6, "--set", "grid.points=10"), "grid.points: 10 points are too"
                + " coarse for this state");
        assertInvalid(tba(FIG6, "--set", "grid.max=1.5"), "grid: the state is not negligible"
                + " at the ends");
        assertInvalid(tba(FIG6, "--set", "grid.max=-8"), "grid.max: must be greater than"
                + " grid.min (-7), got -8");
    }

    /**
     * A run in stages: a relaxation-time stage hands over to landau; a later stage that would add
     * columns the first does not have, or an unknown stage key, is refused naming the field.
     */
    @Test
    void stagesAreDeclaredInTheDescriptor() throws IOException {
        String staged = FIG6.replace("\"points\": 100}", "\"points\": 40},"
                + " \"perturbations\": [{\"name\": \"power-law\", \"V0\": 2, \"xi\": 10}],"
                + " \"solver\": {\"name\": \"relaxation-time\", \"tau\": 100},"
                + " \"stages\": [{\"from\": 50, \"solver\": {\"name\": \"landau\","
                + " \"linearise\": 0}}], \"times\": {\"end\": 200, \"outputs\": 4},"
                + " \"observables\": [\"kurtosis\", \"particle-density\"]");
        Path d = descriptor(staged);
        Cli c = Cli.run("run", d.toString(), "--out", tmp.resolve("staged").toString(),
                "--no-plots");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("relaxation-time+landau"), c.out());
        List<String> rows = Files.readAllLines(tmp.resolve("staged/observables.csv"));
        assertEquals(6, rows.size());
        Cli md = Cli.run("run", d.toString(), "--out", tmp.resolve("md").toString(), "--set",
                "stages.0.solver=md");
        assertInvalid(md, "stages.0.solver.name: solver 'md' reports replicas (error columns),"
                + " which the first stage ('relaxation-time') does not");
        Cli key = Cli.run("run", d.toString(), "--out", tmp.resolve("key").toString(), "--set",
                "stages.0.at=3");
        assertInvalid(key, "stages.0.at: unknown stage key; allowed: from, solver");
    }

    @Test
    void unknownKeysAndMissingSectionsAreNamed() throws IOException {
        assertInvalid(tba(FIG6.replace("\"grid\"", "\"grd\"")), "grd: unknown descriptor key;"
                + " allowed: description, drives, ensemble, figure, grid, model, observables, output,"
                + " perturbations,"
                + " solver, stages, state");
        assertInvalid(tba("{\"model\": \"hardrods\"}"), "state: missing");
    }

    @Test
    void missingFileIsReported() {
        Cli c = Cli.run("tba", tmp.resolve("nope.json").toString());
        assertEquals(Main.INVALID_INPUT, c.status());
        assertTrue(c.err().contains("not found"), c.err());
    }

    @Test
    void listShowsEveryCategoryWithParameters() {
        Cli c = Cli.run("list");
        assertEquals(0, c.status(), c.err());
        for (String s : List.of("Models:", "hardrods", "a (length, number, required, >= 0)",
                "Initial states:", "two-lump", "thermal", "Observables:", "kurtosis",
                "Perturbations:", "Solvers:", "Truncations:")) {
            assertTrue(c.out().contains(s), "missing '" + s + "' in\n" + c.out());
        }
    }
}
