package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Molecular dynamics through the command line: examples/hardrods-md-fig6.json reduced to
 * V0 = 6, 40 samples of 80 rods, t ≤ 100 = 5ξ. The fast transient of the gBBGKY paper's Fig. 6
 * must raise the kurtosis by more than 5 jackknife standard errors, the relative drift of the
 * total (kinetic + interaction) energy must stay below 1e-4 at every output, and every observable
 * must carry its jackknife error column.
 */
@Tag("example")
class HardRodsMdFig6ExampleTest {

    @TempDir
    Path out;

    @Test
    void transientRaisesTheKurtosisAndConservesEnergy() throws IOException {
        Example.run("hardrods-md-fig6.json", out, List.of("sweep.values=[6]", "solver.samples=40",
                "solver.blocks=4", "times.end=100", "times.outputs=6", "times.first=5"));
        Path v0 = out.resolve("perturbations.0.V0=6");
        Example.assertNonEmpty(out.resolve("sweep.csv"));
        Example.assertNonEmpty(v0.resolve("observables.png"));
        CsvTable obs = CsvTable.read(v0.resolve("observables.csv"));
        assertTrue(obs.has("total-energy_err") && obs.has("g2-11_err"),
                "jackknife error columns missing: " + obs.header());
        double[] t = obs.first();
        double[] drift = obs.column("energy-drift");
        for (int i = 0; i < t.length; i++) {
            assertTrue(drift[i] <= 1e-4, "energy drift " + drift[i] + " at t = " + t[i]);
        }
        double[] k = obs.column("kurtosis");
        double err = CsvTable.last(obs.column("kurtosis_err"));
        assertTrue(CsvTable.last(k) - k[0] > 5 * err, "no transient: kurtosis " + k[0] + " -> "
                + CsvTable.last(k) + " ± " + err);
    }
}
