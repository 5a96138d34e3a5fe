package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Diffusive GHD of the Lieb-Liniger gas: on a ring with a chemical-potential wave, the total
 * Yang-Yang entropy grows at every output (the Navier-Stokes term produces
 * {@code ½∫∂_xρ C⁻¹𝔇 ∂_xρ ≥ 0}), by far more than the Euler run's (numerical) change.
 */
class LiebLinigerDiffusionTest {

    private static double[] entropies(boolean diffusion, double[] times) {
        int nx = 40;
        ModeSpace space = ModeSpace.of(LiebLinigerGhdTest.keeping(1.0, 1),
                QuadratureGrid.uniform(-6, 6, 24));
        QuadratureGrid xg = QuadratureGrid.uniform(-10, 10, nx);
        double[][] fill = new double[nx][];
        for (int i = 0; i < nx; i++) {
            fill[i] = LiebLinigerGhdTest.thermal(space, 1.0, 0.5 + 0.8 * Math.sin(Math.PI
                    * xg.node(i) / 10)).filling();
        }
        ProfileRun run = new ProfileRun(times);
        new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), Map.of("x_min", -10,
                "x_max", 10, "x_points", nx, "boundary", "periodic", "diffusion", diffusion)))
                .run(new Problem(LiebLinigerGhdTest.thermal(space, 1.0, 0.5), List.of(), null,
                        times), fill, run);
        double[] s = new double[times.length];
        for (int o = 0; o < times.length; o++) {
            Profile p = run.profiles.get(o);
            for (int i = 0; i < nx; i++) {
                s[o] += p.weight(i) * p.state(i).entropyDensity();
            }
        }
        return s;
    }

    @Test
    void entropyGrowsMonotonically() {
        double[] times = {0, 0.5, 1, 1.5, 2};
        double[] ns = entropies(true, times);
        double[] euler = entropies(false, times);
        int last = times.length - 1;
        System.out.printf(Locale.ROOT, "LL diffusive ghd: S %s; Euler S(2) - S(0) %.3e%n",
                java.util.Arrays.toString(ns), euler[last] - euler[0]);
        for (int o = 1; o < times.length; o++) {
            assertTrue(ns[o] > ns[o - 1], "entropy fell at output " + o + ": " + ns[o - 1]
                    + " → " + ns[o]);
        }
        double grown = ns[last] - ns[0];
        assertTrue(Math.abs(euler[last] - euler[0]) < 0.2 * grown, "Euler entropy change "
                + (euler[last] - euler[0]) + " against the diffusive " + grown);
    }

    /**
     * Onsager symmetry in the solver's convention: {@code 𝔇C} (operator matrices, so the kernel
     * is {@code (𝔇C)_ij / w_j}) is symmetric and positive semi-definite on a thermal state.
     */
    @Test
    void diffusionTimesSusceptibilityIsSymmetric() {
        ModeSpace space = ModeSpace.of(LiebLinigerGhdTest.keeping(1.0, 1),
                QuadratureGrid.uniform(-6, 6, 24));
        org.rapidity.framework.tba.TbaState st = LiebLinigerGhdTest.thermal(space, 1.0, 0.5);
        org.ejml.data.DMatrixRMaj dc = new org.ejml.data.DMatrixRMaj(space.size(), space.size());
        org.ejml.dense.row.CommonOps_DDRM.mult(st.diffusionMatrix(), st.susceptibility(), dc);
        int n = space.size();
        double asym = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double kij = dc.get(i, j) / space.weight(j) / space.weight(i);
                double kji = dc.get(j, i) / space.weight(i) / space.weight(j);
                asym = Math.max(asym, Math.abs(kij - kji));
                scale = Math.max(scale, Math.abs(kij));
            }
        }
        System.out.printf(Locale.ROOT, "LL 𝔇C asymmetry %.2e of %.2e%n", asym, scale);
        assertTrue(asym < 1e-10 * scale, asym + " of " + scale);
    }
}
