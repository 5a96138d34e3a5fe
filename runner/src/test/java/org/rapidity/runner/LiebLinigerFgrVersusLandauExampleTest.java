package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/liebliniger-fgr-vs-landau.json reduced to N = 40, 60, 100 rapidities: the FGR
 * collision integral (gBBGKY paper (87)-(98)) converges to the generalised Landau integral under
 * grid refinement. From each grid to the next, the relative difference of the cross parts must
 * shrink by more than 4 and that of the self parts by more than 2; at N = 100 the ratios must be
 * 1 within 2e-4 (cross) and 2e-2 (self), the differences below 2e-4 and 1e-2; both integrals
 * must produce entropy on every grid.
 */
@Tag("example")
class LiebLinigerFgrVersusLandauExampleTest {

    @TempDir
    Path out;

    @Test
    void fgrConvergesToLandauUnderRefinement() throws IOException {
        Example.run("liebliniger-fgr-vs-landau.json", out, List.of("sweep.values=[40,60,100]"));
        CsvTable sweep = CsvTable.read(out.resolve("sweep.csv"));
        double[] n = sweep.first();
        double[] cross = sweep.column("cross-difference");
        double[] self = sweep.column("self-difference");
        double[] fgrS = sweep.column("fgr-entropy-production");
        double[] landauS = sweep.column("landau-entropy-production");
        assertTrue(n.length == 3, "three grids: " + n.length);
        for (int i = 0; i < n.length; i++) {
            assertTrue(fgrS[i] > 0 && landauS[i] > 0, "entropy production not positive at N = "
                    + n[i] + ": fgr " + fgrS[i] + ", landau " + landauS[i]);
            if (i > 0) {
                assertTrue(cross[i] < cross[i - 1] / 4 && self[i] < self[i - 1] / 2,
                        "no convergence at N = " + n[i] + ": cross " + cross[i - 1] + " -> "
                                + cross[i] + ", self " + self[i - 1] + " -> " + self[i]);
            }
        }
        double cr = CsvTable.last(sweep.column("cross-ratio"));
        double sr = CsvTable.last(sweep.column("self-ratio"));
        double cd = CsvTable.last(cross);
        double sd = CsvTable.last(self);
        assertTrue(Math.abs(cr - 1) < 2e-4 && Math.abs(sr - 1) < 2e-2 && cd < 2e-4 && sd < 1e-2,
                "FGR != Landau at N = " + CsvTable.last(n) + ": cross ratio " + cr
                        + ", self ratio " + sr + ", differences " + cd + ", " + sd);
    }
}
