package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/hardrods-fig6.json (the gBBGKY hierarchy with the Kubo closure, then the Landau
 * equation) reduced: V0 = 4, 60 rapidities × 32 separations, t ≤ 40, hand-off to Landau at
 * t = 20, no absorbing layer (so that kinetic + interaction energy is a closed budget). The total
 * energy must stay put to 1e-7 of the kinetic energy at every output, the odd moment g2-01 of the
 * parity-symmetric state must vanish (1e-12) while the hierarchy runs, the g2 moments must be NaN
 * after the hand-off (the Landau stage has no correlations), and the kurtosis must rise by more
 * than 0.05. (The solver itself stops on a particle-number drift or on a broken
 * g2(z; θ1, θ2) = g2(-z; θ2, θ1).)
 */
@Tag("example")
class HardRodsFig6ExampleTest {

    @TempDir
    Path out;

    @Test
    void hybridConservesEnergyKeepsParityAndHandsOff() throws IOException {
        double handOff = 20;
        Example.run("hardrods-fig6.json", out, List.of("sweep.values=[4]", "grid.points=60",
                "solver.z_points=32", "times.end=40", "times.outputs=4", "times.first=10",
                "stages.0.from=" + (int) handOff, "solver.absorbing_layer=0",
                "solver.edge_tolerance=1"));
        Example.assertNonEmpty(out.resolve("sweep.png"));
        CsvTable obs = CsvTable.read(out.resolve("perturbations.0.V0=4/observables.csv"));
        double[] t = obs.first();
        double[] e = obs.column("total-energy");
        double[] kin = obs.column("kinetic-energy");
        double[] g01 = obs.column("g2-01");
        double[] g11 = obs.column("g2-11");
        for (int i = 0; i < t.length; i++) {
            double de = (e[i] - e[0]) / kin[0];
            assertTrue(Math.abs(de) <= 1e-7, "energy drift " + de + " at t = " + t[i]);
            if (t[i] <= handOff) {
                assertTrue(Math.abs(g01[i]) <= 1e-12, "g2-01 = " + g01[i] + " at t = " + t[i]);
            } else {
                assertTrue(Double.isNaN(g11[i]), "g2 after the hand-off: " + g11[i] + " at t = "
                        + t[i]);
            }
        }
        assertTrue(t[t.length - 1] > handOff, "no output after the hand-off: " + t[t.length - 1]);
        double[] k = obs.column("kurtosis");
        assertTrue(CsvTable.last(k) > k[0] + 0.05, "kurtosis did not rise: " + k[0] + " -> "
                + CsvTable.last(k));
    }
}
