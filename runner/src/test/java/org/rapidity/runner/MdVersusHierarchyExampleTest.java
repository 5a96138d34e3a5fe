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
 * Fig. 6 of the gBBGKY paper two independent ways (examples/md-vs-hierarchy.sh reduced): molecular
 * dynamics (examples/hardrods-md-fig6.json, V0 = 4, 200 samples of 80 rods) against the
 * hierarchy with the Kubo closure (examples/hardrods-fig6.json, V0 = 4, 60 rapidities × 64
 * separations), both to t = 100 = 5ξ at the same 10 log-spaced outputs, all before the hand-off
 * to Landau at t_L = 10ξ. The MD kurtosis must move by more than 10 of its jackknife standard
 * errors, and the hierarchy's kurtosis must agree with it within 4 of them at every output.
 */
@Tag("example")
class MdVersusHierarchyExampleTest {

    static final List<String> TIMES = List.of("times.end=100", "times.outputs=10",
            "times.first=2");

    @TempDir
    Path out;

    static List<String> with(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void hierarchyFollowsMolecularDynamicsWithinFourSigma() throws IOException {
        Example.run("hardrods-md-fig6.json", out.resolve("md"), with(TIMES, "sweep.values=[4]",
                "solver.samples=200"), "--no-plots");
        Example.run("hardrods-fig6.json", out.resolve("hierarchy"), with(TIMES,
                "sweep.values=[4]", "grid.points=60", "solver.z_points=64"), "--no-plots");
        CsvTable md = CsvTable.read(out.resolve("md/sweep.csv"));
        CsvTable hierarchy = CsvTable.read(out.resolve("hierarchy/sweep.csv"));
        double[] t = md.column("time");
        double[] kMd = md.column("kurtosis");
        double[] err = md.column("kurtosis_err");
        double[] th = hierarchy.column("time");
        double[] kH = hierarchy.column("kurtosis");
        assertEquals(t.length, th.length, "the two runs must share their output times");
        double worst = 0;
        for (int i = 0; i < t.length; i++) {
            assertEquals(t[i], th[i], 1e-9 * Math.max(1, t[i]), "output times differ");
            if (err[i] > 0) {
                double z = (kH[i] - kMd[i]) / err[i];
                System.out.printf(java.util.Locale.ROOT, "t = %8.4g  K_MD = %.4f ± %.4f"
                        + "  K_hierarchy = %.4f  z = %+.1f%n", t[i], kMd[i], err[i], kH[i], z);
                worst = Math.max(worst, Math.abs(z));
            }
        }
        assertTrue(worst <= 4, "MD and hierarchy differ by " + worst + " MD standard errors");
        int last = t.length - 1;
        assertTrue(kMd[last] - kMd[0] >= 10 * err[last], "the MD kurtosis did not move: "
                + kMd[0] + " -> " + kMd[last] + " ± " + err[last]);
    }
}
