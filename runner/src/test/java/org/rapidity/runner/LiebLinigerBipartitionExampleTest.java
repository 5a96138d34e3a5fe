package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/liebliniger-bipartition.json (the descriptor's bipartition state, two thermal
 * reservoirs, Euler GHD), on its own 56 × 48 grid: the atom number is conserved within 1 % (no
 * force acts; the filling scheme loses a little at the fronts, first order), the reservoirs at
 * the ends of the box are untouched (the fastest quasiparticles, |θ| ≤ 6, have not reached them
 * by t = 1.5), and the density profile falls monotonically (to 1e-6 of the left density) from the dense to the dilute
 * reservoir.
 */
@Tag("example")
class LiebLinigerBipartitionExampleTest {

    @TempDir
    Path out;

    @Test
    void reservoirsStayAndTheProfileFallsMonotonically() throws IOException {
        Example.run("liebliniger-bipartition.json", out, List.of());
        CsvTable totals = CsvTable.read(out.resolve("observables.csv"));
        double[] n = totals.column("atom-number");
        assertTrue(Math.abs(CsvTable.last(n) / n[0] - 1) < 1e-2, "atom number " + n[0] + " -> "
                + CsvTable.last(n));
        CsvTable start = CsvTable.read(out.resolve("fields/density-profile-0000.csv"));
        CsvTable end = CsvTable.read(out.resolve("fields/density-profile-0003.csv"));
        double[] d0 = start.column("n(x)");
        double[] d = end.column("n(x)");
        assertEquals(d0[0], d[0], 1e-8 * d0[0], "left reservoir");
        assertEquals(d0[d0.length - 1], d[d.length - 1], 1e-8 * d0[0], "right reservoir");
        assertTrue(d0[0] > 2 * d0[d0.length - 1], "reservoirs " + d0[0] + ", "
                + d0[d0.length - 1]);
        for (int i = 1; i < d.length; i++) {
            assertTrue(d[i] <= d[i - 1] + 1e-6 * d[0], "not monotone at cell " + i + ": " + d[i - 1]
                    + " -> " + d[i]);
        }
    }
}
