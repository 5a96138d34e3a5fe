package org.rapidity.solvers.hierarchy;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
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
 * {@code N_θ × N_z} = 100 × 100 (the paper's grid) and 100 × 128; then the {@code three-point}
 * truncation ({@link ThreePointLayer}, symmetric storage, {@code N_s = 64} on {@code N_z = 128},
 * {@code Δz = 3.125}) at {@code N_θ} = 32, 40 and 60: the memory of {@code ĝ3} (five copies,
 * counted from the arrays, and the heap growth measured by {@link Runtime}), one ETDRK4 step, and
 * its parts (one right-hand side with the sources and feedbacks, the absorbing layer, a change
 * of basis), each as the wall time and, in brackets, the CPU time of the whole process (all
 * cores) during it. A configuration whose five copies exceed 80% of the heap is reported and
 * skipped; {@code -Drapidity.bench.g3=60x64,40x64:single,…} (in {@code RAPIDITY_JAVA_OPTS})
 * picks the sizes and the precision of the storage ({@code solver.g3_precision}, default
 * double).
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
        threePoint(registry, rods, out, quick);
    }

    /** The three-point rows; each operation: one warm-up call, then the median of three. */
    private static void threePoint(Registry registry, IntegrableModel rods, PrintStream out,
            boolean quick) {
        out.printf(Locale.ROOT, "%n%6s %5s %6s %8s  %10s %10s  %22s %22s %22s %22s%n", "N_θ",
                "N_s", "prec", "triples", "g3 (5×)", "heap +", "step (cpu)", "RHS (cpu)",
                "absorb (cpu)", "rebase (cpu)");
        String[] sizes = quick ? new String[] {"16x32"} : new String[] {"32x64", "40x64",
            "60x64"};
        String only = System.getProperty("rapidity.bench.g3");
        if (only != null) {
            // e.g. -Drapidity.bench.g3=60x64:single,40x32 (N_θ x N_s[:precision])
            sizes = only.split(",");
        }
        for (String item : sizes) {
            String[] np = item.trim().split(":");
            String[] nm = np[0].split("x");
            int n = Integer.parseInt(nm[0]);
            int ns = Integer.parseInt(nm[1]);
            String precision = np.length > 1 ? np[1] : "double";
            long bytes = TwoPointRun.threePointBytes(n, ns, "symmetric", precision);
            Runtime rt = Runtime.getRuntime();
            if (bytes > 0.8 * rt.maxMemory()) {
                out.printf(Locale.ROOT, "%6d %5d %8d  %8.2f GB  skipped: heap %.1f GB"
                        + " (RAPIDITY_JAVA_OPTS=-Xmx…)%n", n, ns, TripleStorage.count("symmetric",
                        n), bytes / 1e9, rt.maxMemory() / 1e9);
                continue;
            }
            TbaState s = BenchSetup.fig6State(registry, rods, n);
            ModeSpace space = s.space();
            PowerLawPerturbation v = new PowerLawPerturbation(4, 20, Parameters.empty());
            SeparationGrid grid = new SeparationGrid(200, 128, v);
            long before = used(rt);
            TwoPointRun run = new TwoPointRun(space, v, grid, false, 0.5, 0.2, ns, "symmetric",
                    true, precision);
            run.start(s.density());
            double[] clock = {0};
            // two steps first, so that g3 is not zero
            run.advance(0, 1.0, t -> clock[0] = t);
            long held = used(rt) - before;
            double[] step = median(() -> run.advance(clock[0], clock[0] + 0.5, t -> clock[0] = t));
            ThreePointLayer layer = run.threePointLayer();
            // the run's own ĝ3, overwritten in place by the sources (no extra copies)
            G3Spectrum g3 = run.threePointState();
            G3Spectrum dG3 = g3;
            double[] rho = run.density();
            double[] g = run.modes();
            double[] dRho = new double[n];
            double[] dG = new double[g.length];
            NormalModes basis = run.basis();
            double[] rhs = median(() -> run.equations().rate(basis, rho, g, g3, layer, dRho, dG,
                    dG3));
            double[] absorb = median(() -> layer.absorb(g3, 0.5));
            DMatrixRMaj p = CommonOps_DDRM.identity(n);
            Random random = new Random(2);
            for (int k = 0; k < p.data.length; k++) {
                p.data[k] += 1e-3 * random.nextGaussian();
            }
            double[] rebase = median(() -> run.rebaseThreePoint(p));
            out.printf(Locale.ROOT, "%6d %5d %6s %8d  %8.2f GB %7.2f GB  %22s %22s %22s %22s%n",
                    n, ns, precision, layer.storage().count(), bytes / 1e9, held / 1e9,
                    text(step), text(rhs), text(absorb), text(rebase));
        }
    }

    private static long used(Runtime rt) {
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * Median wall time and median process CPU time of three calls after one warm-up call, in
     * seconds; of one call when the warm-up took more than 20 s.
     */
    private static double[] median(Runnable op) {
        long w = System.nanoTime();
        op.run();
        int calls = (System.nanoTime() - w) * 1e-9 > 20 ? 1 : 3;
        double[] t = new double[calls];
        double[] cpu = new double[calls];
        for (int k = 0; k < calls; k++) {
            double c0 = cpuSeconds();
            long t0 = System.nanoTime();
            op.run();
            t[k] = (System.nanoTime() - t0) * 1e-9;
            cpu[k] = cpuSeconds() - c0;
        }
        java.util.Arrays.sort(t);
        java.util.Arrays.sort(cpu);
        return new double[] {t[calls / 2], cpu[calls / 2]};
    }

    /** CPU time of this process so far (all threads), s; NaN where the OS does not report it. */
    private static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() * 1e-9)
                .orElse(Double.NaN);
    }

    private static String text(double[] wallAndCpu) {
        return Stopwatch.unit(wallAndCpu[0]) + " (" + Stopwatch.unit(wallAndCpu[1]) + ")";
    }
}
