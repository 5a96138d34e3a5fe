package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.drives.HarmonicTrap;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.liebliniger.RepulsiveLiebLiniger;

/**
 * The cheaper dressing paths of the GHD cell loop give the dense path's results: each distinct
 * filling dressed once ({@link CellStates}) is bit-identical to dressing every cell, and the
 * conjugate-gradient dressing ({@link CellDressing}) agrees with the dense factorisation to
 * 1e-10 over whole runs, on a Lieb-Liniger bipartition and on a trapped cloud.
 */
class GhdDressingPathsTest {

    private static final RepulsiveLiebLiniger MODEL = new RepulsiveLiebLiniger(1.0);

    /** The dressings of a thermal state by conjugate gradients and by Cholesky agree. */
    @Test
    void conjugateGradientsMatchTheDenseDressing() {
        ModeSpace space = ModeSpace.of(MODEL, QuadratureGrid.uniform(-6, 6, 121));
        for (double mu : new double[] {-1, 1, 3}) {
            double[] n = LiebLinigerGhdTest.thermal(space, 1, mu).filling();
            KernelDressing dense = KernelDressing.factor(space, n);
            CellDressing cg = new CellDressing(space, n);
            for (double[] h : List.of(space.momentumDerivative(), space.energyDerivative())) {
                assertClose(dense.dress(h), cg.dress(h), 1e-12, "dress μ = " + mu);
                assertClose(dense.applyInverseTransposed(h), cg.applyInverseTransposed(h),
                        1e-12, "R^{-t} μ = " + mu);
            }
        }
        double[] empty = new double[space.size()];
        assertArrayEquals(space.energyDerivative(), new CellDressing(space, empty)
                .dress(space.energyDerivative()), 0.0);
    }

    /**
     * Bipartition of two thermal reservoirs (β = 1, μ = ±1) on 56 cells × 48 nodes to t = 0.25:
     * reusing the states of equal fillings changes no bit, dresses far fewer fillings than
     * cells, and conjugate gradients stay within 1e-10 of the dense path.
     */
    @Test
    void bipartitionPathsAgree() {
        ModeSpace space = ModeSpace.of(MODEL, QuadratureGrid.uniform(-6, 6, 48));
        TbaState left = LiebLinigerGhdTest.thermal(space, 1, 1);
        TbaState right = LiebLinigerGhdTest.thermal(space, 1, -1);
        int nx = 56;
        QuadratureGrid xg = QuadratureGrid.uniform(-14, 14, nx);
        double[][] fill = new double[nx][];
        for (int i = 0; i < nx; i++) {
            fill[i] = (xg.node(i) < 0 ? left : right).filling();
        }
        Problem p = new Problem(left, List.of(), List.of(), null, new double[] {0, 0.25});
        Map<String, Object> raw = Map.of("x_min", -14.0, "x_max", 14.0, "x_points", nx);
        Run every = run(raw, p, fill, new CellStates(false, false), 0.25);
        Run once = run(raw, p, fill, new CellStates(false, true), 0.25);
        Run cg = run(raw, p, fill, new CellStates(true, true), 0.25);
        for (int i = 0; i < nx; i++) {
            assertArrayEquals(every.fill[i], once.fill[i], 0.0, "cell " + i);
        }
        assertEquals(nx, every.dressed);
        assertTrue(once.dressed < nx * 3 / 4, once.dressed + " of " + nx + " dressed");
        double d = maxDifference(every.fill, cg.fill);
        System.out.printf(Locale.ROOT, "bipartition: %d of %d cells dressed at the last step;"
                + " |n_cg - n_dense| ≤ %.2e%n", once.dressed, nx, d);
        assertTrue(d <= 1e-10, "conjugate gradients off the dense path by " + d);
    }

    /** A thermal cloud in a harmonic trap (every cell different): the same to 1e-10. */
    @Test
    void trappedCloudPathsAgree() {
        ModeSpace space = ModeSpace.of(MODEL, QuadratureGrid.uniform(-6, 6, 40));
        HarmonicTrap.Provider tp = new HarmonicTrap.Provider();
        Drive trap = tp.create(MODEL, Parameters.validate("drives.0", tp.parameters(),
                Map.of("curvature", 0.12)));
        Problem p = new Problem(LiebLinigerGhdTest.thermal(space, 1, 2), List.of(),
                List.of(trap), null, new double[] {0, 1});
        Map<String, Object> raw = Map.of("x_min", -10.0, "x_max", 10.0, "x_points", 40,
                "lda_offset", 1.0);
        Run dense = run(raw, p, null, new CellStates(false, false), 1);
        Run cg = run(raw, p, null, new CellStates(true, true), 1);
        double d = maxDifference(dense.fill, cg.fill);
        System.out.printf(Locale.ROOT, "trapped cloud: |n_cg - n_dense| ≤ %.2e%n", d);
        assertTrue(d <= 1e-10, "conjugate gradients off the dense path by " + d);
    }

    private record Run(double[][] fill, int dressed) {
    }

    private static Run run(Map<String, Object> raw, Problem p, double[][] fill, CellStates c,
            double until) {
        GhdSolver.Settings s = GhdSolver.Settings.of(Parameters.validate("solver",
                GhdSolver.specs(), raw), p);
        GhdEvolution e = new GhdEvolution(s, p, (double[][]) fill);
        e.useCells(c);
        e.advance(until, null);
        Map<String, double[]> saved = e.save();
        int nx = s.positions().size();
        return new Run(FieldArrays.unflatten(saved.get("filling"), nx, p.space().size()),
                c.dressedLast());
    }

    private static double maxDifference(double[][] a, double[][] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < a[i].length; k++) {
                d = Math.max(d, Math.abs(a[i][k] - b[i][k]));
            }
        }
        return d;
    }

    private static void assertClose(double[] a, double[] b, double rel, String what) {
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], rel * scale, what + " at " + i);
        }
    }
}
