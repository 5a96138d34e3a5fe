package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapidity.framework.observables.HalfMaximum;

/**
 * examples/cs-ensemble-tof.json (issue 19 step 3: the experiment's time of flight for the Fig. 3,
 * 20 nK tube ensemble) reduced to 2 bins on a coarse grid (24 positions, 26 rapidities, 12
 * strings) and two outputs, the ramp's start ({@code c̃ = 2.58 μm⁻¹}) and end ({@code -2}). The
 * tube sums of the fitted release energies are the atom-weighted means of the members'; the
 * momentum FWHM is that of the summed image; each member keeps its atoms through the 1D
 * expansion; with {@code c̃ > 0} held the fitted {@code 𝓔_1D} and {@code 𝓔_3D} agree, and in
 * the attractive gas the 3D release energy exceeds the 1D one (the strings' binding energy
 * appears when they break).
 */
@Tag("example")
class CsTimeOfFlightExampleTest {

    @TempDir
    Path tmp;

    @Test
    void fittedEnergiesAndImagesAreSummedOverTheTubes() throws IOException {
        Path out = tmp.resolve("tof");
        List<String> args = new ArrayList<>(List.of("run", Example.descriptor(
                "cs-ensemble-tof.json").toString(), "--out", out.toString(), "--no-plots",
                "--fresh"));
        for (String s : List.of("solver.x_points=24", "grid.points=26", "model.strings=24",
                "solver.crossing_gap=1.2", "ensemble.bins=2", "times.at=[0,28.79]")) {
            args.add("--set");
            args.add(s);
        }
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        List<String> members = Files.readAllLines(out.resolve("ensemble.csv"));
        CsvTable sum = CsvTable.read(out.resolve("observables.csv"));
        double[] w = new double[2];
        List<CsvTable> tables = new ArrayList<>();
        for (int m = 0; m < 2; m++) {
            String[] cells = members.get(m + 1).split(",");
            w[m] = Double.parseDouble(cells[2]);
            CsvTable t = CsvTable.read(out.resolve(cells[1]).resolve("observables.csv"));
            tables.add(t);
            for (double d : t.column("tof-atoms-drift")) {
                // the 1D expansion carries the densities conservatively (ReleasedCloud): every
                // string's number is kept to rounding (7.4e-3 before, on this coarse grid)
                assertTrue(Math.abs(d) < 1e-12, "member " + (m + 1) + " atoms drift " + d);
            }
            for (double d : t.column("tof-energy-drift")) {
                assertTrue(Math.abs(d) < 1e-12, "member " + (m + 1) + " energy drift " + d);
            }
        }
        for (int k = 0; k < 2; k++) {
            for (String c : List.of("release-energy-1d-tof_Hz", "release-energy-3d-tof_Hz",
                    "release-energy-3d-tof-minus-s3_Hz")) {
                double n = 0;
                double e = 0;
                for (int m = 0; m < 2; m++) {
                    double nm = w[m] * tables.get(m).column("atom-number")[k];
                    n += nm;
                    e += nm * tables.get(m).column(c)[k];
                }
                assertEquals(e / n, sum.column(c)[k], 1e-9 * Math.abs(e / n), c + " at " + k);
            }
            CsvTable image = CsvTable.read(out.resolve("fields").resolve(String.format(
                    java.util.Locale.ROOT, "tof-momentum-distribution-%04d.csv", k)));
            assertEquals(HalfMaximum.fullWidth(image.column("p"), image.column("f(p)")),
                    sum.column("tof-momentum-fwhm")[k], 1e-12);
        }
        double e1 = sum.column("release-energy-1d-tof_Hz")[0];
        double e3 = sum.column("release-energy-3d-tof_Hz")[0];
        assertEquals(e3, e1, 0.08 * e3, "held c̃ > 0: E_1D = E_3D");
        assertTrue(sum.column("release-energy-3d-tof_Hz")[1] > 1.3
                * sum.column("release-energy-1d-tof_Hz")[1], "binding energy released in 3D");
        JsonNode info = new ObjectMapper().readTree(out.resolve("ensemble.json").toFile());
        assertTrue(info.path("columns_not_summed").toString().contains("tof-energy-drift"),
                info.toString());
        System.out.printf(java.util.Locale.ROOT, "coarse tof ensemble: start E_1D %.2f, E_3D"
                + " %.2f Hz (S3 %.2f), FWHM %.4f; end E_1D %.2f, E_3D %.2f Hz (S3 %.2f, %.2f)%n",
                e1, e3, sum.column("release-energy-1d_Hz")[0],
                sum.column("tof-momentum-fwhm")[0], sum.column("release-energy-1d-tof_Hz")[1],
                sum.column("release-energy-3d-tof_Hz")[1], sum.column("release-energy-1d_Hz")[1],
                sum.column("release-energy-3d_Hz")[1]);
    }
}
