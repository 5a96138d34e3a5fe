package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Convergence of the tube ensemble in the number of atom-number bins
 * (examples/cs-ensemble-ramp.json on the coarse grid of {@link CsEnsembleExampleTest}): the
 * ensemble's total energy per atom {@code ΣE/ΣN} at the start and at the end of the ramp, for
 * 2, 4 and 8 bins, changes at least twice less from 4 to 8 bins than from 2 to 4 (measured on
 * the example's own grid: a factor of about 4.5 per doubling, docs/experiment.md). Prints the
 * table with {@code ENSEMBLE_PRINT=1}. 48 strings: with 24 the map through {@code c = 0} of the
 * 8-bin run's largest bin drops 2.1% of its atoms and is refused. About 2.5 minutes (141 s on
 * 2 cores, 2026-12-07).
 */
@Tag("validation")
class EnsembleBinsValidation {

    @TempDir
    Path tmp;

    @Test
    void energyPerAtomConvergesInTheBins() throws IOException {
        int[] bins = {2, 4, 8};
        double[][] e = new double[bins.length][];
        for (int b = 0; b < bins.length; b++) {
            Path out = tmp.resolve("bins-" + bins[b]);
            List<String> sets = new ArrayList<>(List.of("solver.x_points=24", "grid.points=26",
                    "model.strings=48", "times.outputs=4", "solver.crossing_gap=1.2",
                    "ensemble.bins=" + bins[b]));
            Example.run("cs-ensemble-ramp.json", out, sets, "--no-plots", "--workers", "2");
            CsvTable t = CsvTable.read(out.resolve("observables.csv"));
            double[] per = t.column("total-energy-per-atom");
            e[b] = new double[] {per[0], CsvTable.last(per)};
            assertEquals(5.7e4, t.column("atom-number")[0], 1e-6 * 5.7e4);
            if (System.getenv("ENSEMBLE_PRINT") != null) {
                System.out.printf("bins %d: E/N start %.6f end %.6f%n", bins[b], e[b][0],
                        e[b][1]);
            }
        }
        for (int k = 0; k < 2; k++) {
            double coarse = Math.abs(e[1][k] - e[0][k]);
            double fine = Math.abs(e[2][k] - e[1][k]);
            assertTrue(fine < 0.5 * coarse, (k == 0 ? "start" : "end") + ": |E8 - E4| = " + fine
                    + " against |E4 - E2| = " + coarse);
        }
    }
}
