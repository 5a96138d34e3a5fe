package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/**
 * GHD of hard rods against the exact solution of their Euler equations ({@link HardRodsExact}):
 * a smooth and a sharp partitioning protocol, and conservation on a ring. The measured numbers
 * are printed; {@link FullHardRodsGhdTest} (tag {@code validation}, {@code -Pvalidation}) adds a
 * finer level (the tables of docs/validation.md).
 */
class HardRodsGhdTest {

    static final double A = 1.0;
    /**
     * Whether to add the finest refinement level (the tables of docs/validation.md): false in
     * the fast suite, true in {@link FullHardRodsGhdTest} (tag {@code validation}).
     */
    boolean full() {
        return false;
    }

    /** Maxwell-Boltzmann g(θ) of unit temperature. */
    static double g(double theta) {
        return Math.exp(-0.5 * theta * theta) / Math.sqrt(2 * Math.PI);
    }

    /**
     * {max |ρ̄ - exact|, ∫|ρ̄ - exact| dx, ΔN, ΔE} of a bipartition (tanh of the given width, or
     * sharp for width 0) from ρ̄ = 0.5 to 0.1 at time t, in a box the fronts do not reach.
     */
    static double[] bipartition(int nx, int nt, double width, double t) {
        return bipartition(nx, nt, width, t, "filling");
    }

    /** {@link #bipartition(int, int, double, double)} by a given {@code scheme}. */
    static double[] bipartition(int nx, int nt, double width, double t, String scheme) {
        double left = 0.5;
        double right = 0.1;
        double xMax = 20;
        HardRods rods = new HardRods(A, Parameters.empty());
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, nt));
        DoubleUnaryOperator rhoBar = width > 0
                ? x -> right + (left - right) * 0.5 * (1 - Math.tanh(x / width))
                : x -> x < 0 ? left : right;
        DoubleUnaryOperator count = width > 0
                ? x -> right * x + (left - right) * 0.5 * (x - width * Math.log(Math.cosh(
                        x / width)))
                : x -> x < 0 ? left * x : right * x;
        QuadratureGrid xg = QuadratureGrid.uniform(-xMax, xMax, nx);
        double[][] fill = new double[nx][];
        for (int i = 0; i < nx; i++) {
            // cell averages of ρ̄_0 (exact for the sharp step)
            double lo = xg.node(i) - 0.5 * xg.weight(i);
            double hi = xg.node(i) + 0.5 * xg.weight(i);
            double r = (count.applyAsDouble(hi) - count.applyAsDouble(lo)) / (hi - lo);
            double[] n = new double[space.size()];
            for (int k = 0; k < n.length; k++) {
                n[k] = 2 * Math.PI * r * g(space.theta(k)) / (1 - A * r);
            }
            fill[i] = n;
        }
        GhdSolver solver = new GhdSolver(Parameters.validate("solver", GhdSolver.specs(),
                Map.of("x_min", -xMax, "x_max", xMax, "x_points", nx, "scheme", scheme)));
        ProfileRun run = new ProfileRun(0, t);
        solver.run(new Problem(TbaState.fromFilling(space, fill[0]), List.of(), null, run.times),
                fill, run);
        QuadratureGrid fine = QuadratureGrid.uniform(-8, 8, 400);
        double[] wg = new double[fine.size()];
        for (int k = 0; k < wg.length; k++) {
            wg[k] = fine.weight(k) * g(fine.node(k));
        }
        HardRodsExact exact = new HardRodsExact(A, rhoBar, count, fine.nodes(), wg);
        Profile end = run.profiles.get(1);
        Profile start = run.profiles.get(0);
        double max = 0;
        double l1 = 0;
        for (int i = 0; i < nx; i++) {
            double e = Math.abs(end.state(i).particleDensity() - exact.density(end.position(i),
                    t));
            max = Math.max(max, e);
            l1 += end.weight(i) * e;
        }
        return new double[] {max, l1, end.particleNumber() - start.particleNumber(),
            end.internalEnergy() - start.internalEnergy()};
    }

    /**
     * A smooth bipartition (width 1) converges to the exact solution: the largest error falls by
     * more than 4 per halving of both spacings (second order away from the limiter's extrema).
     */
    @Test
    void smoothBipartitionConvergesToTheExactSolution() {
        double[] previous = null;
        for (int k : full() ? new int[] {1, 2, 4} : new int[] {1, 2}) {
            double[] e = bipartition(60 * k, 30 * k, 1.0, 1.5);
            System.out.printf(Locale.ROOT, "hard rods smooth nx=%d nθ=%d: max %.3e L1 %.3e"
                    + " ΔN %.2e ΔE %.2e%n", 60 * k, 30 * k, e[0], e[1], e[2], e[3]);
            if (previous != null) {
                assertTrue(e[0] < previous[0] / 4, "max error " + e[0] + " after " + previous[0]);
            }
            previous = e;
        }
        assertTrue(previous[0] < (full() ? 1e-4 : 4e-4), "max error " + previous[0]);
    }

    /**
     * Smooth data by the free coordinate ({@link FreeCoordinate}, initial fillings sampled on
     * the grid, no time steps) keep second order: the largest error falls by more than 4 per
     * halving of both spacings, and the atom number is kept.
     */
    @Test
    void smoothBipartitionByTheFreeCoordinateIsSecondOrder() {
        double[] previous = null;
        for (int k : full() ? new int[] {1, 2, 4} : new int[] {1, 2}) {
            double[] e = bipartition(60 * k, 30 * k, 1.0, 1.5, "free-coordinate");
            System.out.printf(Locale.ROOT, "hard rods smooth free-coordinate nx=%d nθ=%d: max"
                    + " %.3e L1 %.3e ΔN %.2e ΔE %.2e%n", 60 * k, 30 * k, e[0], e[1], e[2], e[3]);
            if (previous != null) {
                assertTrue(e[0] < previous[0] / 4, "max error " + e[0] + " after " + previous[0]);
            }
            previous = e;
        }
        assertTrue(previous[0] < (full() ? 1e-4 : 4e-4), "max error " + previous[0]);
        assertTrue(Math.abs(previous[2]) < 1e-4, "ΔN " + previous[2]);
    }

    /**
     * A sharp bipartition converges in L1 (first order: the fronts are discontinuities in θ at
     * every ray, which the limited interpolation smears over a few cells).
     */
    @Test
    void sharpBipartitionConvergesInL1() {
        double[] previous = null;
        for (int k : full() ? new int[] {1, 2, 4} : new int[] {1, 2}) {
            double[] e = bipartition(60 * k, 30 * k, 0, 1.5);
            System.out.printf(Locale.ROOT, "hard rods sharp nx=%d nθ=%d: max %.3e L1 %.3e"
                    + " ΔN %.2e ΔE %.2e%n", 60 * k, 30 * k, e[0], e[1], e[2], e[3]);
            if (previous != null) {
                assertTrue(e[1] < previous[1] / 1.3, "L1 error " + e[1] + " after " + previous[1]);
            }
            previous = e;
        }
    }

    /**
     * On a ring, a smooth density wave conserves the number of rods and the energy up to the
     * scheme's error, which falls under refinement.
     */
    @Test
    void ringConservesNumberAndEnergy() {
        double previousN = Double.NaN;
        double previousE = Double.NaN;
        for (int k : full() ? new int[] {1, 2, 4} : new int[] {1, 2}) {
            int nx = 40 * k;
            int nt = 30 * k;
            HardRods rods = new HardRods(A, Parameters.empty());
            ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, nt));
            QuadratureGrid xg = QuadratureGrid.uniform(-10, 10, nx);
            double[][] fill = new double[nx][];
            for (int i = 0; i < nx; i++) {
                double r = 0.3 + 0.2 * Math.sin(Math.PI * xg.node(i) / 10);
                double[] n = new double[space.size()];
                for (int j = 0; j < n.length; j++) {
                    double th = space.theta(j);
                    n[j] = 2 * Math.PI * r * g(th - 0.5) / (1 - A * r);
                }
                fill[i] = n;
            }
            ProfileRun run = new ProfileRun(0, 4);
            new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), Map.of("x_min", -10,
                    "x_max", 10, "x_points", nx, "boundary", "periodic"))).run(new Problem(
                            TbaState.fromFilling(space, fill[0]), List.of(), null, run.times),
                    fill, run);
            Profile a = run.profiles.get(0);
            Profile b = run.profiles.get(1);
            double dn = Math.abs(b.particleNumber() / a.particleNumber() - 1);
            double de = Math.abs(b.internalEnergy() / a.internalEnergy() - 1);
            System.out.printf(Locale.ROOT, "hard rods ring nx=%d nθ=%d: ΔN/N %.2e ΔE/E %.2e%n",
                    nx, nt, dn, de);
            if (!Double.isNaN(previousN)) {
                assertTrue(dn < previousN / 2, "ΔN/N " + dn + " after " + previousN);
                assertTrue(de < previousE / 2, "ΔE/E " + de + " after " + previousE);
            }
            previousN = dn;
            previousE = de;
        }
        assertTrue(previousN < 1e-3 && previousE < 1e-3, previousN + ", " + previousE);
    }
}
