package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/cs-fig2.json, cs-fig3.json, cs-fig4.json (the strings paper's Figs. 2-4 as tube
 * ensembles with a {@code figure} step) strongly reduced: 24 positions, 26 rapidities, 8
 * strings, few outputs, one or two atom-number bins. Physics asserted: the reference curves
 * {@code E_b,n/n} are {@code ħ²c̃²(n²-1)/(24m)} for 133Cs from CODATA constants; {@code n*}
 * of the tube sum is the largest n whose {@code E_b,n/n} the summed {@code ⟨E_b⟩} reaches, 1
 * on the repulsive side; {@code 𝓔_1D = 𝓔_3D} before the crossing and {@code 𝓔_3D > 𝓔_1D}
 * after; the FWHM narrows as {@code c̃ → 0⁺} (down to the crossing gap) and strings form; the
 * virial residual vanishes in the initial thermal state, where the virial contact equals
 * {@code c̃²G2}; the contact per atom at {@code c̃ = -1} is several times that at {@code +1}.
 * The fitted (time-of-flight) quantities the figures now plot: on the repulsive side the fitted
 * {@code 𝓔_1D} and {@code 𝓔_3D} agree within the finite expansion's few % and lie below (S3);
 * after the crossing the fitted {@code 𝓔_3D} exceeds {@code 𝓔_1D}; the measured binding energy
 * is their difference and the measured {@code n*} the largest n it reaches; the FWHM after time
 * of flight narrows towards c̃ = 0 like the asymptotic one; every quoted number is compared with
 * the fitted column and the asymptotic one beside it.
 */
@Tag("example")
class CsFigureExampleTest {

    @TempDir
    Path tmp;

    private static final List<String> COARSE = List.of("solver.x_points=24", "grid.points=26",
            "grid.tolerance=1e-3", "model.strings=32", "solver.crossing_gap=0.9");

    private static List<String> coarse(String... more) {
        List<String> all = new java.util.ArrayList<>(COARSE);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void fig2BindingEnergyFollowsTheStringsAndReleaseEnergiesSplitAfterTheCrossing()
            throws IOException {
        Path out = tmp.resolve("fig2");
        // the coarse grid's crossing moves the 16-atom bin's atoms by a few % between outputs
        Example.run("cs-fig2.json", out, coarse("times.outputs=8", "ensemble.bins=2",
                "solver.conservation=0.1"));
        CsvTable t = CsvTable.read(out.resolve("observables.csv"));
        double[] c = t.column("c_tilde_per_um");
        double[] coupling = t.column("coupling");
        double[] e1 = t.column("release-energy-1d_Hz");
        double[] e3 = t.column("release-energy-3d_Hz");
        double[] eb = t.column("binding-energy");
        double[] nStar = t.column("n-star");
        double[] f1 = t.column("release-energy-1d-tof_Hz");
        double[] f3 = t.column("release-energy-3d-tof_Hz");
        double[] fb = t.column("binding-energy-tof");
        double[] fbHz = t.column("binding-energy-tof_Hz");
        double[] fStar = t.column("n-star-tof");
        // E_b,n/n = hbar^2 c~^2 (n^2 - 1)/(24 m), as E/h in Hz, from the constants alone
        double hbar = 1.054571817e-34;
        double mass = 132.905451961 * 1.66053906660e-27;
        boolean crossed = false;
        for (int k = 0; k < c.length; k++) {
            double q = c[k] * 1e6;
            for (int n : new int[] {6, 10}) {
                double hz = hbar * q * q * (n * n - 1) / (24 * mass) / (2 * Math.PI);
                assertEquals(hz, t.column("string-binding-per-atom-" + n + "_Hz")[k],
                        1e-6 * hz, "E_b," + n + "/" + n + " at c~ = " + c[k]);
            }
            assertEquals(f3[k] - f1[k], fbHz[k], 1e-9 * f3[k], "measured <E_b> = E_3D - E_1D"
                    + " of the fits at c~ = " + c[k]);
            if (c[k] > 0) {
                assertEquals(e1[k], e3[k], 1e-9 * e1[k], "E_1D = E_3D at c~ = " + c[k]);
                assertEquals(1, nStar[k], 0, "no strings at c~ = " + c[k]);
                assertEquals(1, fStar[k], 0, "no strings at c~ = " + c[k]);
                // the finite 1D expansion (6-11 ms against the trap's 1/omega = 5.4 ms) leaves
                // part of the interaction energy unconverted: E_1D fitted 5.0% below E_3D at
                // c~ = 3.4 on 72 x 96 (docs/experiment.md), 5.2% on this reduced grid
                assertTrue(f1[k] < f3[k], "fitted E_1D below E_3D (finite expansion) at c~ = "
                        + c[k]);
                assertEquals(f1[k], f3[k], 0.07 * f3[k], "fitted E_1D = E_3D within the finite"
                        + " expansion at c~ = " + c[k]);
                assertTrue(f1[k] < e1[k] && f3[k] < e3[k], "the fits lie below (S3) on the"
                        + " repulsive side at c~ = " + c[k] + ": " + f1[k] + ", " + f3[k]
                        + " against " + e1[k]);
            } else {
                crossed = true;
                assertTrue(e3[k] > e1[k], "E_3D > E_1D at c~ = " + c[k]);
                double n = nStar[k];
                double g2 = coupling[k] * coupling[k];
                assertTrue(n >= 2, "n* = " + n + " at c~ = " + c[k]);
                assertTrue(eb[k] >= g2 * (n * n - 1) / 12 * (1 - 1e-12)
                        && eb[k] < g2 * ((n + 1) * (n + 1) - 1) / 12, "n* = " + n + " is the"
                        + " largest n with <E_b> >= E_b,n/n at c~ = " + c[k]);
                assertTrue(f3[k] > f1[k], "fitted E_3D > E_1D at c~ = " + c[k]);
                double m = fStar[k];
                assertTrue(fb[k] >= g2 * (m * m - 1) / 12 * (1 - 1e-12)
                        && fb[k] < g2 * ((m + 1) * (m + 1) - 1) / 12, "measured n* = " + m
                        + " is the largest n with E_3D - E_1D >= E_b,n/n at c~ = " + c[k]);
            }
        }
        assertTrue(crossed, "the ramp reached the attractive side");
        Example.assertNonEmpty(out.resolve("figure.png"));
        List<String> compared = Files.readAllLines(out.resolve("quoted-vs-rapidity.csv"));
        assertEquals(1 + 7, compared.size(), "every quoted number of Fig. 2 compared");
        assertTrue(compared.get(0).startsWith("c_tilde_per_um,column,series,rapidity_at,paper"));
        assertTrue(compared.get(1).startsWith("3.4,release-energy-1d-tof_Hz,"), compared.get(1));
        assertTrue(compared.get(1).contains(",release-energy-1d_Hz," + e1[0] + ","),
                "the asymptotic value beside the fitted one: " + compared.get(1));
    }

    @Test
    void fig3WidthNarrowsTowardsZeroCoupling() throws IOException {
        Path out = tmp.resolve("fig3");
        Example.run("cs-fig3.json", out, coarse("times.at=[0, 1.7605, 3.6467, 6.1616, 28.79]",
                "ensemble.bins=1", "figure.series=[{\"label\": \"20nK\", \"set\": {}}]"),
                "--no-plots");
        CsvTable t = CsvTable.read(out.resolve("series-20nK/observables.csv"));
        double[] c = t.column("c_tilde_per_um");
        double[] fwhm = t.column("momentum-fwhm");
        double[] tof = t.column("tof-momentum-fwhm");
        // the repulsive outputs before the crossing gap (inside it they repeat its edge)
        int edge = 0;
        for (int k = 1; k < c.length && c[k] > 0 && c[k] < c[k - 1]; k++) {
            assertTrue(fwhm[k] < fwhm[k - 1], "FWHM narrows as c~ falls to " + c[k] + ": "
                    + fwhm[k] + " after " + fwhm[k - 1]);
            // the image's width is resolved to about 1% on this coarse grid (26 rapidities)
            assertTrue(tof[k] < tof[k - 1] * 1.01, "FWHM after time of flight does not widen"
                    + " as c~ falls to " + c[k] + ": " + tof[k] + " after " + tof[k - 1]);
            edge = k;
        }
        assertTrue(edge >= 2, "outputs on the repulsive side before the gap");
        // (on this grid by 1%; 9% on the example's 48 x 36, docs/experiment.md)
        assertTrue(tof[edge] < tof[0], "FWHM after time of flight narrows towards the"
                + " gap: " + tof[edge] + " at c~ = " + c[edge] + " after " + tof[0]);
        assertEquals(fwhm[0], tof[0], 0.1 * fwhm[0], "a finite time of flight changes the"
                + " width by a few % at the ramp's start");
        assertTrue(CsvTable.last(t.column("nP_1")) < 0.6, "strings formed at c~ = -2");
        assertTrue(CsvTable.last(fwhm) > 0.5 * fwhm[0], "a finite width at c~ = -2");
        assertTrue(Files.readString(out.resolve("figure.csv")).contains("20nK,"));
        List<String> compared = Files.readAllLines(out.resolve("quoted-vs-rapidity.csv"));
        assertEquals(1, compared.size(), "the quoted numbers are of the 15 nK series only");
    }

    @Test
    void fig4VirialContactAndTheContactRatio() throws IOException {
        Path out = tmp.resolve("fig4");
        // outputs 0.2 per um apart: c~ = +1 and -1 are outputs, outside the gap (0.9); that gap
        // is below 2h of this coarse grid, where the adiabatic ramp from c -> 0- to -0.9 moves
        // the atoms of the larger bin by 3.1% (measured): accepted here at 5%
        Example.run("cs-fig4.json", out, coarse("times.outputs=27", "ensemble.bins=2",
                "solver.conservation=0.05"), "--no-plots");
        CsvTable t = CsvTable.read(out.resolve("observables.csv"));
        double residual = t.column("virial-residual-relative")[0];
        assertTrue(Math.abs(residual) < 1e-4, "thermal initial state: virial residual "
                + residual);
        double hf = t.column("contact")[0];
        double virial = t.column("virial-contact")[0];
        assertEquals(hf, virial, 1e-3 * hf, "the virial contact (2) is c~^2 G2 at rest");
        JsonNode figure = new ObjectMapper().readTree(out.resolve("figure.json").toFile());
        double ratio = Double.NaN;
        for (JsonNode r : figure.path("ratios")) {
            if (r.path("name").asText().equals("contact-ratio")) {
                ratio = r.path("ratio").asDouble();
                assertTrue(r.path("value_over").asDouble() > 0, "C/N > 0 at c~ = +1");
            }
        }
        // the attractive contact grows with the strings kept (binding ~ n²): 10.0 with 8
        // strings (which dropped 20% of the atoms of the larger bin), 32.4 with the 32 that
        // keep them (measured); the paper's GHD also overshoots its measured ~6
        assertTrue(ratio > 2 && ratio < 50, "contact at c~ = -1 over +1 (paper: nearly six): "
                + ratio);
        List<String> compared = Files.readAllLines(out.resolve("quoted-vs-rapidity.csv"));
        assertTrue(compared.get(1).startsWith(",contact-ratio,,,6,"), compared.get(1));
    }
}
