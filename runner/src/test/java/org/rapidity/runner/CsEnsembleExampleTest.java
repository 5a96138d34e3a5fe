package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.runner.engine.ExternalEngines;
import org.rapidity.runner.engine.UnitExecution;

/**
 * examples/cs-ensemble-ramp.json (the Fig. 3, 20 nK tube ensemble: one GHD ramp through c = 0
 * per atom-number bin) reduced to 2 bins on a coarse grid (24 positions, 26 rapidities, 12
 * strings, 4 outputs). The tube-summed atom number at the start is {@code Σ weight·N} of the
 * populations, which hold {@code N_BEC} within one atom; each member keeps its atoms through
 * the ramp within 8 % (coarse grid: the 25-atom bin loses 6 % before the crossing); the width
 * of the summed profile equals the one from the members' moments; the energy per atom is {@code ΣE/ΣN}; a member is
 * byte for byte the single-tube run with its atom number; a rerun skips every member; units side
 * by side ({@code --workers 2}) and units shipped as JSON with files back (the remote path of
 * the Spark engine) write the same files.
 */
@Tag("example")
class CsEnsembleExampleTest {

    @TempDir
    Path tmp;

    private static final List<String> COARSE = List.of("solver.x_points=24", "grid.points=26",
            "model.strings=24", "times.outputs=4", "solver.crossing_gap=1.2", "ensemble.bins=2");

    private static Cli cli(Path descriptor, Path out, List<String> sets, String... flags) {
        List<String> args = new ArrayList<>(List.of("run", descriptor.toString(), "--out",
                out.toString(), "--no-plots"));
        for (String s : sets) {
            args.add("--set");
            args.add(s);
        }
        args.addAll(List.of(flags));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Every CSV/JSON file but the manifest, start times and timings masked. */
    static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString();
                if (name.endsWith(".lock") || name.endsWith("units.json")
                        || name.endsWith(".bin")) {
                    continue;
                }
                files.put(name, Files.readString(p, StandardCharsets.UTF_8)
                        .replaceAll("\"started\" *: *\"[^\"]*\"", "")
                        .replaceAll("\"wall_seconds\" *: *[-0-9.eE+]+", ""));
            }
        }
        return files;
    }

    @Test
    void tubeSumConservesAtomsAndMembersAreSingleTubeRuns() throws IOException {
        Path example = Example.descriptor("cs-ensemble-ramp.json");
        Path out = tmp.resolve("a");
        Cli first = cli(example, out, COARSE, "--fresh");
        assertEquals(0, first.status(), first.err());

        // the members and what they stand for
        List<String> members = Files.readAllLines(out.resolve("ensemble.csv"));
        assertEquals("member,directory,weight,atoms,label", members.get(0));
        assertEquals(3, members.size(), members.toString());
        JsonNode info = new ObjectMapper().readTree(out.resolve("ensemble.json").toFile());
        double populated = info.path("totals").path("atoms").asDouble();
        assertEquals(5.7e4, populated, 1.0, "the populated tubes hold N_BEC");
        CsvTable sum = CsvTable.read(out.resolve("observables.csv"));
        double[] weights = new double[2];
        List<CsvTable> tables = new ArrayList<>();
        double weighted = 0;
        for (int m = 0; m < 2; m++) {
            String[] cells = members.get(m + 1).split(",");
            weights[m] = Double.parseDouble(cells[2]);
            CsvTable t = CsvTable.read(out.resolve(cells[1]).resolve("observables.csv"));
            tables.add(t);
            double[] atoms = t.column("atom-number");
            weighted += weights[m] * atoms[0];
            for (int k = 0; k < atoms.length; k++) {
                assertTrue(Math.abs(atoms[k] / atoms[0] - 1) <= 0.08, "member " + (m + 1)
                        + " loses atoms at output " + k + ": " + atoms[k] + " of " + atoms[0]);
            }
        }
        double[] summedAtoms = sum.column("atom-number");
        assertEquals(weighted, summedAtoms[0], 1e-12 * weighted);
        assertEquals(populated, summedAtoms[0], 1e-9 * populated, "Σ weight·N of the bins");

        // widths of the summed profile against the members' moments; energies per atom ΣE/ΣN
        for (int k = 0; k < summedAtoms.length; k++) {
            double n = 0;
            double x1 = 0;
            double x2 = 0;
            double e = 0;
            for (int m = 0; m < 2; m++) {
                CsvTable t = tables.get(m);
                double nm = weights[m] * t.column("atom-number")[k];
                double mean = t.column("centre-of-mass")[k];
                double width = t.column("rms-width")[k];
                n += nm;
                x1 += nm * mean;
                x2 += nm * (width * width + mean * mean);
                e += weights[m] * t.column("total-energy")[k];
            }
            double mean = x1 / n;
            double width = Math.sqrt(x2 / n - mean * mean);
            assertEquals(width, sum.column("rms-width")[k], 1e-9 * width, "width at " + k);
            assertEquals(e / n, sum.column("total-energy-per-atom")[k], 1e-12 * Math.abs(e / n));
        }
        assertTrue(CsvTable.last(sum.column("coupling")) < -1.9, "the ramp reached c = -2");

        // member 2 is the single-tube run of its atom number, byte for byte
        ObjectNode single = (ObjectNode) new ObjectMapper().readTree(example.toFile());
        single.remove("ensemble");
        Path one = tmp.resolve("single.json");
        Files.writeString(one, single.toPrettyString());
        JsonNode run = new ObjectMapper().readTree(out.resolve("member-02/run.json").toFile());
        String atoms = run.path("descriptor").path("solver").path("atoms").toString();
        List<String> sets = new ArrayList<>(COARSE.subList(0, COARSE.size() - 1));
        sets.add("solver.atoms=" + atoms);
        Cli alone = cli(one, tmp.resolve("single"), sets, "--fresh");
        assertEquals(0, alone.status(), alone.err());
        Map<String, String> member = tree(out.resolve("member-02"));
        Map<String, String> tube = tree(tmp.resolve("single"));
        assertEquals(tube.keySet(), member.keySet());
        for (String f : tube.keySet()) {
            String a = tube.get(f);
            String b = member.get(f);
            if (f.equals("run.json")) { // the descriptor's file name differs, nothing else
                a = a.replace(one.toString(), "");
                b = b.replace(example.toString(), "");
            }
            assertEquals(a, b, f);
        }

        // a rerun skips both members and writes the same sums
        Map<String, String> reference = tree(out);
        Cli again = cli(example, out, COARSE);
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("skipping unit 1 of 2 (bin 1 of 2")
                && again.out().contains("skipping unit 2 of 2 (bin 2 of 2"), again.out());
        assertEquals(reference, tree(out), "rerun");

        // members side by side, and shipped as JSON with their files back
        Cli two = cli(example, tmp.resolve("b"), COARSE, "--fresh", "--workers", "2");
        assertEquals(0, two.status(), two.err());
        assertEquals(reference, tree(tmp.resolve("b")), "--workers 2");
        ExternalEngines.register("in-process-ensemble", options -> (units, answer) -> {
            for (int i = 0; i < units.size(); i++) {
                answer.accept(i, UnitExecution.runRemote(units.get(i)));
            }
        });
        Cli remote = cli(example, tmp.resolve("c"), COARSE, "--fresh", "--engine",
                "in-process-ensemble");
        assertEquals(0, remote.status(), remote.err());
        assertEquals(reference, tree(tmp.resolve("c")), "units shipped as JSON");
    }
}
