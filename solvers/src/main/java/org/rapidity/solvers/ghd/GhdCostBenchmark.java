package org.rapidity.solvers.ghd;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.bench.BenchSetup;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The dressing cost of Euler GHD (issue 15 item 4) on the repulsive Lieb-Liniger gas
 * ({@code c = 1}, model units), 241 rapidities on {@code [-6, 6]}: the 1D dressing of a thermal
 * state ({@code β = 1}, {@code μ = 1}) by the dense factorisation and by the solver's cell
 * dressing, and one GHD time step of
 * 241 positions × 241 rapidities for a bipartition of two thermal reservoirs
 * ({@code μ = ±1} on {@code [-14, 14]}, at {@code t = 0.25}, when the light cone spans part of
 * the box) and for a thermal cloud in a harmonic trap ({@code V = ½ 0.12 x²} on
 * {@code [-10, 10]}, every cell different).
 */
public final class GhdCostBenchmark extends Described implements Benchmark {

    /** The benchmark. */
    public GhdCostBenchmark() {
        super("ghd-cost", "GHD dressing cost, Lieb-Liniger c = 1: the 1D dressing and one time"
                + " step of a bipartition and of a trapped cloud");
    }

    @Override
    public void run(Registry registry, Stopwatch stopwatch, PrintStream out, boolean quick) {
        BenchSetup.model(registry, "liebliniger", Map.of("c", 1.0), out)
                .ifPresent(model -> run(model, registry, stopwatch, out, quick));
    }

    private void run(IntegrableModel model, Registry registry, Stopwatch stopwatch,
            PrintStream out, boolean quick) {
        int nt = quick ? 61 : 241;
        int nx = quick ? 61 : 241;
        ModeSpace space = ModeSpace.of(model, QuadratureGrid.uniform(-6, 6, nt));
        TbaState left = thermal(space, 1);
        TbaState right = thermal(space, -1);
        double[] n = left.filling();
        double[] pp = space.momentumDerivative();
        double[] ep = space.energyDerivative();
        Stopwatch.Timing dense = stopwatch.time(() -> {
            Dressing d = KernelDressing.factor(space, n);
            return d.dress(pp)[nt / 2] + d.dress(ep)[nt / 3];
        });
        row(out, "1D dressing " + nt + " modes: dense factor + (p')^dr, (E')^dr", dense.text());
        Stopwatch.Timing cg = stopwatch.time(() -> {
            Dressing d = new CellDressing(space, n);
            return d.dress(pp)[nt / 2] + d.dress(ep)[nt / 3];
        });
        row(out, "  the same by conjugate gradients (CellDressing)", cg.text());
        // the bipartition: a few steps first, so that the light cone covers part of the box
        double[][] bip = new double[nx][];
        QuadratureGrid xb = QuadratureGrid.uniform(-14, 14, nx);
        for (int i = 0; i < nx; i++) {
            bip[i] = (xb.node(i) < 0 ? left : right).filling();
        }
        GhdSolver.Settings sb = settings(Map.of("x_min", -14.0, "x_max", 14.0, "x_points", nx),
                new Problem(left, List.of(), List.of(), null, new double[] {0, 100}));
        GhdEvolution bipartition = new GhdEvolution(sb, new Problem(left, List.of(), List.of(),
                null, new double[] {0, 100}), bip);
        bipartition.advance(0.25, null);
        out.printf(Locale.ROOT, "  one step %d x × %d θ, bipartition μ = ±1 at t = %.2f:%n",
                nx, nt, bipartition.time());
        steps(stopwatch, out, bipartition);
        // the trapped cloud: every cell differs
        DriveProvider tp = registry.drives().get("drives.0.name", "harmonic-trap");
        Drive trap = tp.create(model, Parameters.validate("drives.0", tp.parameters(),
                Map.of("curvature", 0.12)));
        Problem cloudProblem = new Problem(thermal(space, 2), List.of(), List.of(trap), null,
                new double[] {0, 100});
        GhdSolver.Settings sc = settings(Map.of("x_min", -10.0, "x_max", 10.0, "x_points", nx,
                "conservation", 1.0), cloudProblem);
        GhdEvolution cloud = new GhdEvolution(sc, cloudProblem, (double[][]) null);
        step(cloud);
        out.printf(Locale.ROOT, "  one step %d x × %d θ, trapped cloud:%n", nx, nt);
        steps(stopwatch, out, cloud);
    }

    /** One step with every cell densely dressed (the path before), then each gain added. */
    private static void steps(Stopwatch stopwatch, PrintStream out, GhdEvolution e) {
        String[] what = {"dense, every cell (before)", "dense, each distinct filling once",
            "conjugate gradients, each distinct filling once (default)"};
        CellStates[] ways = {new CellStates(false, false), new CellStates(false, true),
            new CellStates(true, true)};
        for (int w = 0; w < ways.length; w++) {
            e.useCells(ways[w]);
            CellStates c = ways[w];
            Stopwatch.Timing t = stopwatch.time(() -> step(e));
            row(out, "  " + what[w], t.text() + "  (" + c.dressedLast() + " dressed)");
        }
    }

    private static double step(GhdEvolution e) {
        e.advance(e.time() + 1e-3, null); // the CFL step is longer: exactly one step
        return e.time();
    }

    private static GhdSolver.Settings settings(Map<String, Object> raw, Problem problem) {
        return GhdSolver.Settings.of(Parameters.validate("solver", GhdSolver.specs(), raw),
                problem);
    }

    private static TbaState thermal(ModeSpace space, double mu) {
        return Gge.solve(space, Gge.thermalDrivingTerm(space, 1, mu, 0)).state();
    }

    private static void row(PrintStream out, String what, String value) {
        out.printf(Locale.ROOT, "  %-58s %s%n", what, value);
    }
}
