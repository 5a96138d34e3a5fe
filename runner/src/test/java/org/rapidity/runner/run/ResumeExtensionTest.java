package org.rapidity.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.Solver;
import org.rapidity.runner.Main;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;
import org.rapidity.runner.wiring.ProblemModule;

/**
 * A finished or stopped run extended from its checkpoint ({@link ResumeRules}): later output
 * times and loosened check tolerances resume, bit for bit the run made at once with the new
 * descriptor; every other change, and output times changed before the checkpoint, are refused
 * naming the field, the results left as they were. The generalised Landau equation on the hard
 * rods' two lumps, 60 rapidities, four outputs to {@code t = 1000} (about a second a run).
 */
class ResumeExtensionTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "hardrods-landau.json")
            .toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** The run to {@code t = 1000}, made once and copied into {@code dir}; returns dir. */
    private static synchronized Path finishedTo1000(Path dir) throws IOException {
        Path reference = shared.resolve("to-1000");
        if (!Files.isRegularFile(reference.resolve("summary.json"))) {
            ok(run(reference, TO_1000));
        }
        Files.createDirectories(dir);
        for (String name : List.of(RunRecorder.TABLE, RunRecorder.CHECKPOINT, "run.json",
                "summary.json")) {
            Files.copy(reference.resolve(name), dir.resolve(name));
        }
        return dir;
    }

    record Result(int status, String out, String err) {
    }

    /** {@code run} of the reduced example into {@code dir}, with {@code more} overrides. */
    private static Result run(Path dir, String end, String... more) {
        List<String> args = new ArrayList<>(List.of("grid.points=60", "solver.linearise=0",
                "times=" + end));
        args.addAll(List.of(more));
        return run(EXAMPLE, dir, List.of(), args);
    }

    /** {@code run} of {@code example} into {@code dir} with options and overrides. */
    private static Result run(Path example, Path dir, List<String> options, List<String> sets) {
        List<String> args = new ArrayList<>(List.of("run", example.toString(), "--out",
                dir.toString(), "--no-plots", "--set", "output.checkpoint_seconds=0"));
        args.addAll(options);
        for (String m : sets) {
            args.add("--set");
            args.add(m);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(String[]::new), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    private static final String TO_1000 = "{\"end\": 1000, \"outputs\": 4}";
    private static final String TO_1500 = "{\"end\": 1500, \"outputs\": 6}";

    private static String table(Path dir) throws IOException {
        return Files.readString(dir.resolve(RunRecorder.TABLE));
    }

    private static void ok(Result r) {
        assertEquals(0, r.status(), r.err());
    }

    /** {@code r} refused with an error that starts with {@code start}; the results kept. */
    private static void refused(Result r, String start, Path dir, String table)
            throws IOException {
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertEquals(table, table(dir));
    }

    @Test
    void aFinishedRunExtendedToALaterEndIsTheRunMadeToThatEndBitForBit() throws IOException {
        Path extended = tmp.resolve("extended");
        finishedTo1000(extended);
        Result more = run(extended, TO_1500);
        ok(more);
        assertTrue(more.out().contains("extending " + extended + " from t = 1000 (5 of 7"
                + " outputs done); changed: times.end, times.outputs"), more.out());
        Path fresh = tmp.resolve("fresh");
        ok(run(fresh, TO_1500));
        assertEquals(table(fresh), table(extended));
        JsonNode e = new ObjectMapper().readTree(extended.resolve("summary.json").toFile())
                .path("extensions");
        assertEquals(1, e.size());
        assertEquals(1000, e.get(0).path("from_time").asDouble());
        assertEquals(5, e.get(0).path("outputs_kept").asInt());
        assertEquals(e, new ObjectMapper().readTree(extended.resolve("run.json").toFile())
                .path("extensions"));
    }

    /**
     * The hybrid (hierarchy, then Landau: the stages' check tolerances under {@code solver} and
     * {@code stages.0.solver}) and a molecular-dynamics ensemble split into work units (each
     * unit extended, then combined), in a one-value sweep, extended with loosened checks.
     */
    @Test
    void aStagedRunAndASplitEnsembleExtendBitForBit() throws IOException {
        Path hybrid = EXAMPLE.resolveSibling("hardrods-fig6.json");
        List<String> small = List.of("sweep.values=[4]", "grid.points=50", "solver.z_points=24",
                "stages.0.from=8", "solver.absorbing_layer=0", "solver.edge_tolerance=1");
        extendsBitForBit(hybrid, List.of(), small, "{\"end\": 16, \"outputs\": 4}",
                "{\"end\": 24, \"outputs\": 6}", List.of("solver.negative_tail=1e-3",
                        "stages.0.solver.conservation=1e-5"));
        Path md = EXAMPLE.resolveSibling("hardrods-md-fig6.json");
        extendsBitForBit(md, List.of("--blocks-per-unit", "2"), List.of("sweep.values=[4]",
                "solver.samples=16", "solver.blocks=4"), "{\"end\": 20, \"outputs\": 4}",
                "{\"end\": 30, \"outputs\": 6}", List.of("solver.conservation=1e-3"));
    }

    private void extendsBitForBit(Path example, List<String> options, List<String> sets,
            String shorter, String longer, List<String> loosened) throws IOException {
        String name = example.getFileName().toString();
        Path extended = tmp.resolve(name + "-extended");
        List<String> first = new ArrayList<>(sets);
        first.add("times=" + shorter);
        ok(run(example, extended, options, first));
        List<String> second = new ArrayList<>(sets);
        second.add("times=" + longer);
        Path fresh = tmp.resolve(name + "-fresh");
        ok(run(example, fresh, options, second));
        second.addAll(loosened);
        Result more = run(example, extended, options, second);
        ok(more);
        assertTrue(more.out().contains("extending "), more.out());
        assertEquals(Files.readString(fresh.resolve("sweep.csv")),
                Files.readString(extended.resolve("sweep.csv")), name);
        try (var tables = Files.walk(fresh)) {
            for (Path t : tables.filter(p -> p.endsWith(RunRecorder.TABLE)).toList()) {
                assertEquals(Files.readString(t), Files.readString(extended.resolve(
                        fresh.relativize(t))), name + " " + t);
            }
        }
    }

    @Test
    void aRunStoppedOnAConservationCheckContinuesPastTheStopOnceItIsLoosened()
            throws IOException {
        Path fresh = tmp.resolve("fresh");
        finishedTo1000(fresh);
        // the energy drift |E(t)/E(0) - 1| of the uninterrupted run at each output
        List<String> rows = Files.readAllLines(fresh.resolve(RunRecorder.TABLE));
        int column = List.of(rows.get(0).split(",")).indexOf("energy-density");
        double e0 = Double.parseDouble(rows.get(1).split(",")[column]);
        double[] drift = new double[rows.size() - 1];
        for (int k = 0; k < drift.length; k++) {
            drift[k] = Math.abs(Double.parseDouble(rows.get(k + 1).split(",")[column]) / e0 - 1);
        }
        assertTrue(drift[2] > 0 && drift[3] > 1.5 * drift[2], java.util.Arrays.toString(drift));
        // a tolerance between the drifts at outputs 2 and 3 stops the run between them
        String tight = "solver.conservation=" + Math.sqrt(drift[2] * drift[3]);
        Path stopped = tmp.resolve("stopped");
        Result stop = run(stopped, TO_1000, tight);
        assertEquals(2, stop.status(), stop.out());
        assertTrue(stop.err().contains("\nerror: solver: energy drifted beyond"
                + " solver.conservation"), stop.err());
        assertEquals(4, Files.readAllLines(stopped.resolve(RunRecorder.TABLE)).size());

        Result loosened = run(stopped, TO_1000, "solver.conservation=1e-9");
        ok(loosened);
        assertTrue(loosened.out().contains("extending " + stopped + " from t = 500 (3 of 5"
                + " outputs done); changed: solver.conservation"), loosened.out());
        assertEquals(table(fresh), table(stopped));
    }

    @Test
    void changesThatEnterTheDynamicsAreRefusedNamingTheFieldAndKeepTheResults()
            throws IOException {
        Path dir = finishedTo1000(tmp.resolve("run"));
        String before = table(dir);
        for (String change : List.of("grid.points=62", "solver.tolerance=1e-7",
                "perturbations.0.V0=3")) {
            String field = change.substring(0, change.indexOf('='));
            Result r = run(dir, TO_1500, change);
            refused(r, "error: " + field + ": output directory " + dir + " holds the results"
                    + " of a different descriptor (" + field + ": ", dir, before);
            assertTrue(r.err().contains("accepts only later output times (times) and the"
                    + " checks' tolerances (solver.conservation)"), r.err());
        }
    }

    @Test
    void outputTimesChangedBeforeTheCheckpointAreRefused() throws IOException {
        Path dir = finishedTo1000(tmp.resolve("run"));
        String before = table(dir);
        // 1500 in 5 outputs moves t = 250 to t = 300
        refused(run(dir, "{\"end\": 1500, \"outputs\": 5}"), "error: times: output 1 was at"
                + " t = 250 when the checkpoint (t = 1000, 5 outputs done) was written, and is"
                + " now at t = 300", dir, before);
        // an explicit list with the same prefix and a later time extends
        ok(run(dir, "{\"at\": [0, 250, 500, 750, 1000, 1250]}"));
        assertEquals(6, Files.readAllLines(dir.resolve(RunRecorder.TABLE)).size() - 1);
    }

    @Test
    void aCheckpointOfTheEarlierFormatResumesUnchangedAndIsRefusedClearlyOtherwise()
            throws IOException {
        Path dir = finishedTo1000(tmp.resolve("run"));
        String before = table(dir);
        Path file = dir.resolve(RunRecorder.CHECKPOINT);
        Files.write(file, formatThree(Files.readAllBytes(file)));
        refused(run(dir, TO_1500), "error: " + file + ": this checkpoint was written by an"
                + " earlier version", dir, before);
        Result same = run(dir, TO_1000);
        ok(same);
        assertTrue(same.out().contains("resuming " + dir + " from t = 1000 (5 of 5 outputs"
                + " done)"), same.out());
        assertEquals(before, table(dir));
    }

    /** A format-4 checkpoint rewritten as format 3 wrote it: no descriptor, no times. */
    private static byte[] formatThree(byte[] four) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(four));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeLong(in.readLong());
        assertEquals(4, in.readInt());
        out.writeInt(3);
        out.writeUTF(in.readUTF());
        in.readNBytes(in.readInt()); // the descriptor
        in.readNBytes(8 * in.readInt()); // the output times
        out.write(in.readAllBytes());
        return bytes.toByteArray();
    }

    @Test
    void aSolverWhoseStepsReadTheEndTimeRefusesLaterOutputTimes() {
        Descriptor d = DescriptorReader.expand(DescriptorReader.read(EXAMPLE, List.of(
                "grid.points=60", "solver.integrator=dop853"))).get(0);
        Registry registry = Registry.standard();
        Solver solver = ProblemModule.build(d, registry, Solver.class);
        Problem problem = ProblemModule.build(d, registry, Problem.class);
        ResumeRules rules = new ResumeRules(d.resolved(), problem.outputTimes(), solver,
                problem);
        JsonNode shorter = d.resolved().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) shorter.get("times")).put("end", 1e6);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rules.checkChanges(shorter, Path.of("somewhere")));
        assertEquals("times.end", e.field());
        assertTrue(e.getMessage().contains("no output times (solver 'landau' reads the end"
                + " time)"), e.getMessage());
        JsonNode looser = d.resolved().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) looser.get("solver"))
                .put("conservation", 1e-3);
        assertEquals(List.of("solver.conservation"), rules.checkChanges(looser,
                Path.of("somewhere")));
    }

    @Test
    void changesAreTheFieldsThatDifferWithNumbersComparedByValue() throws IOException {
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree("{\"solver\": {\"name\": \"hierarchy\", \"time_step\": 1},"
                + " \"stages\": [{\"from\": 200, \"solver\": {\"name\": \"landau\"}}],"
                + " \"times\": {\"at\": [0, 1, 2]}, \"output\": {\"dir\": \"x\"}}");
        JsonNode b = m.readTree("{\"solver\": {\"name\": \"hierarchy\", \"time_step\": 1.0},"
                + " \"stages\": [{\"from\": 200, \"solver\": {\"name\": \"landau\","
                + " \"conservation\": 1e-3}}], \"times\": {\"at\": [0, 1, 2, 3]},"
                + " \"output\": {\"dir\": \"y\"}, \"description\": \"new\"}");
        assertEquals(List.of("stages.0.solver.conservation", "times.at"),
                ResumeRules.changes(a, b));
        assertEquals(List.of(), ResumeRules.changes(a, a));
    }
}
