package org.rapidity.solvers.hierarchy;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;
import org.rapidity.framework.bench.BenchSetup;
import org.rapidity.framework.bench.Fig6Benchmark;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Bench rows of the {@code hierarchy} solver on the Fig. 6 hard-rod state (power law
 * {@code V0 = 4}, {@code ξ = 20}, {@code |z| <= 10ξ}): one right-hand side of the two-point layer
 * with the Kubo closure (coefficients from the density, four {@code N³} products per separation,
 * transforms), and one ETDRK4 step (four right-hand sides and the spectral combinations), at
 * {@code N_θ × N_z} = 100 × 100 (the paper's grid) and 100 × 128.
 */
public final class HierarchyBenchmark extends Fig6Benchmark {

    /** The benchmark. */
    public HierarchyBenchmark() {
        super("hierarchy",
                "gBBGKY two-point layer with Kubo closure on the Fig. 6 hard-rod state: one"
                        + " right-hand side and one ETDRK4 step");
    }

    @Override
    protected void run(IntegrableModel rods, Registry registry, Stopwatch stopwatch,
            PrintStream out, boolean quick) {
        out.printf(Locale.ROOT, "%6s %6s  %22s  %22s%n", "N_θ", "N_z", "RHS (two-point, kubo)",
                "ETDRK4 step");
        int[][] sizes = quick ? new int[][] {{40, 40}} : new int[][] {{100, 100}, {100, 128}};
        for (int[] size : sizes) {
            int n = size[0];
            int nz = size[1];
            TbaState s = BenchSetup.fig6State(registry, rods, n);
            ModeSpace space = s.space();
            PowerLawPerturbation v = new PowerLawPerturbation(4, 20, Parameters.empty());
            SeparationGrid grid = new SeparationGrid(200, nz, v);
            TwoPointEquations eq = new TwoPointEquations(space, grid, true);
            NormalModes basis = new NormalModes(s);
            double[] g = new double[nz * n * n];
            Random random = new Random(1);
            for (int k = 0; k < g.length; k++) {
                g[k] = 1e-4 * random.nextGaussian();
            }
            double[] rho = s.density();
            double[] dRho = new double[n];
            double[] dG = new double[g.length];
            Stopwatch.Timing rhs = stopwatch.time(() -> {
                eq.rate(basis, rho, g, dRho, dG);
                return dG[n];
            });
            ExponentialStepper stepper = new ExponentialStepper(grid, basis.velocity(), 1.0);
            double[] r = rho.clone();
            double[] gg = g.clone();
            Stopwatch.Timing step = stopwatch.time(() -> {
                System.arraycopy(rho, 0, r, 0, n);
                System.arraycopy(g, 0, gg, 0, g.length);
                stepper.advance(r, gg, (a, b, c, d) -> eq.rate(basis, a, b, c, d));
                return r[n / 2];
            });
            out.printf(Locale.ROOT, "%6d %6d  %22s  %22s%n", n, nz, rhs.text(), step.text());
        }
    }
}
