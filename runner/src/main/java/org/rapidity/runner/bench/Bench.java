package org.rapidity.runner.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.spi.PerturbationProvider;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.GenericNumerics;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code rapidity bench}: times the core kernels on this machine and prints a table. Each entry
 * is warmed up, then run in repeated batches; the table gives the median time per call (and the
 * fastest batch). Models are found through the registry, so the bench runs what a user runs.
 */
public final class Bench {

    /** One timing: median and best time per call, in seconds. */
    public record Timing(double median, double best, int calls) {
    }

    private final double seconds;

    /** @param seconds measuring time per entry (after warm-up) */
    public Bench(double seconds) {
        this.seconds = seconds;
    }

    /**
     * Times {@code op}: warm-up for a third of the budget, then batches until the budget is spent.
     * The sum of the returned values is kept so that the work cannot be optimised away.
     */
    public Timing time(DoubleSupplier op) {
        double sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
        int warmCalls = 0;
        while (System.nanoTime() < warmEnd || warmCalls < 2) {
            sink += op.getAsDouble();
            warmCalls++;
        }
        long t0 = System.nanoTime();
        sink += op.getAsDouble();
        double single = (System.nanoTime() - t0) * 1e-9;
        int batch = (int) Math.max(1, Math.min(1_000_000, 0.05 / Math.max(single, 1e-9)));
        List<Double> perCall = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int calls = 0;
        while (System.nanoTime() < end || perCall.size() < 3) {
            long s = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += op.getAsDouble();
            }
            perCall.add((System.nanoTime() - s) * 1e-9 / batch);
            calls += batch;
        }
        if (sink == 42.424242) {
            System.out.print("");
        }
        double[] sorted = perCall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Timing(sorted[sorted.length / 2], sorted[0], calls);
    }

    /** Runs every benchmark and prints the table. */
    public void run(Registry registry, PrintStream out, boolean quick) {
        out.printf(Locale.ROOT, "rapidity bench on %d cores, Java %s (%s per entry)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                seconds + " s");
        if (!registry.models().contains("hardrods")) {
            out.println("hard rods not found; nothing to time");
            return;
        }
        ModelProvider provider = registry.models().get("model.name", "hardrods");
        IntegrableModel rods = provider.create(Parameters.validate("model",
                provider.parameters(), Map.of("a", 1.0)));
        dressing(rods, out, quick ? new int[] {100, 400} : new int[] {100, 400, 1600});
        susceptibility(rods, out, quick ? new int[] {100} : new int[] {100, 200});
        moleculardynamics(registry, rods, out, quick);
    }

    /**
     * The {@code md} solver on the Fig. 6 problem (V0 = 2, ξ = 20): time steps per second of
     * one sample of N rods, on one thread, with the default step dt = 0.5, and what that
     * implies for the 1000-sample ensemble of Fig. 6 (N = 80, t = 2000) on all cores.
     */
    private void moleculardynamics(Registry registry, IntegrableModel rods, PrintStream out,
            boolean quick) {
        if (!registry.solvers().contains("md") || !registry.states().contains("two-lump")
                || !registry.perturbations().contains("power-law")) {
            return;
        }
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-7, 7, 100));
        InitialStateProvider lumps = registry.states().get("state.name", "two-lump");
        TbaState initial = lumps.create(space, Parameters.validate("state", lumps.parameters(),
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2)));
        PerturbationProvider power = registry.perturbations().get("perturbations.name",
                "power-law");
        org.rapidity.framework.spi.Perturbation v = power.create(Parameters.validate(
                "perturbations.0", power.parameters(), Map.of("V0", 2.0, "xi", 20.0)));
        SolverProvider md = registry.solvers().get("solver.name", "md");
        out.println();
        out.println("Molecular dynamics (md), Fig. 6 problem with V0 = 2: steps of one sample of N"
                + " rods per second, one thread, dt = 0.5");
        out.printf(Locale.ROOT, "%6s  %10s  %22s  %14s%n", "N", "cutoff", "time per step",
                "steps/s");
        double perStep80 = Double.NaN;
        double[][] cases = quick ? new double[][] {{80, 0}, {1000, 200}}
                : new double[][] {{80, 0}, {1000, 0}, {1000, 200}};
        for (double[] c : cases) {
            int n = (int) c[0];
            double end = n <= 100 ? (quick ? 200 : 500) : quick ? 2 : 10;
            Solver solver = md.create(Parameters.validate("solver", md.parameters(), Map.of(
                    "rods", n, "samples", 2, "blocks", 2, "threads", 1, "cutoff", c[1])));
            // two run lengths: the difference removes the fixed cost of a run (sampling, the
            // pair table, measurements)
            Timing[] runs = new Timing[2];
            for (int q = 0; q < 2; q++) {
                double[] times = {0, end * (q + 1)};
                Problem problem = new Problem(initial, List.of(v), null, times);
                RunContext silent = silent(times);
                runs[q] = time(() -> {
                    solver.run(problem, silent);
                    return 1;
                });
            }
            double steps = 2 * end / 0.5;
            Timing perStep = new Timing((runs[1].median() - runs[0].median()) / steps,
                    (runs[1].best() - runs[0].best()) / steps, runs[1].calls());
            if (n == 80 && c[1] == 0) {
                perStep80 = perStep.median();
            }
            out.printf(Locale.ROOT, "%6d  %10s  %22s  %14.0f%n", n,
                    c[1] == 0 ? "none (L/2)" : Parameters.format(c[1]), fmt(perStep),
                    1 / perStep.median());
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Fig. 6 ensemble, 1000 samples of 80 rods to t = 2000: about %.0f s"
                + " on %d cores (extrapolated from the N = 80 row)%n",
                1000 * 4000 * perStep80 / cores, cores);
    }

    /** A run context that discards everything (for timing solvers). */
    private static RunContext silent(double[] times) {
        return new RunContext() {
            @Override
            public double[] outputTimes() {
                return times.clone();
            }

            @Override
            public void emit(Snapshot snapshot) {
            }

            @Override
            public java.util.Optional<Checkpoint> resumeFrom() {
                return java.util.Optional.empty();
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
            }
        };
    }

    private void dressing(IntegrableModel rods, PrintStream out, int[] sizes) {
        out.println();
        out.println("Dressing h^dr = (1 - T n)^{-1} E' of the Fig. 6 hard-rod state (one species)");
        out.printf(Locale.ROOT, "%6s  %22s  %22s  %22s  %10s%n", "N", "generic factor+dress",
                "generic dress (reuse)", "hard-rod closed form", "speed-up");
        for (int n : sizes) {
            QuadratureGrid grid = QuadratureGrid.uniform(-7, 7, n);
            ModeSpace closed = ModeSpace.of(rods, grid);
            ModeSpace generic = ModeSpace.of(GenericNumerics.of(rods), grid);
            generic.kernel(); // the kernel matrix is state-independent: built once per grid
            double[] fill = fig6Filling(closed);
            double[] h = closed.energyDerivative();
            Timing full = time(() -> KernelDressing.factor(generic, fill).dress(h)[0]);
            Dressing factored = KernelDressing.factor(generic, fill);
            Timing reuse = time(() -> factored.dress(h)[0]);
            Timing fast = time(() -> rods.dressing(closed, fill).dress(h)[0]);
            out.printf(Locale.ROOT, "%6d  %22s  %22s  %22s  %9.0fx%n", n, fmt(full), fmt(reuse),
                    fmt(fast), full.median() / fast.median());
        }
    }

    private void susceptibility(IntegrableModel rods, PrintStream out, int[] sizes) {
        out.println();
        out.println("Generic C (43), A (40) and 𝔇 of one state, hard rods, from scratch");
        out.printf(Locale.ROOT, "%6s  %22s%n", "N", "C + A + 𝔇");
        for (int n : sizes) {
            ModeSpace generic = ModeSpace.of(GenericNumerics.of(rods),
                    QuadratureGrid.uniform(-7, 7, n));
            generic.kernel();
            double[] fill = fig6Filling(generic);
            Timing t = time(() -> {
                TbaState s = TbaState.fromFilling(generic, fill);
                return s.susceptibility().get(0, 0) + s.fluxJacobian().get(0, 0)
                        + s.diffusionMatrix().get(0, 0);
            });
            out.printf(Locale.ROOT, "%6d  %22s%n", n, fmt(t));
        }
    }

    /** "median (best)" with a sensible unit. */
    public static String fmt(Timing t) {
        return unit(t.median()) + " (" + unit(t.best()) + ")";
    }

    static String unit(double s) {
        if (s >= 1) {
            return String.format(Locale.ROOT, "%.3f s", s);
        }
        if (s >= 1e-3) {
            return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.3f µs", s * 1e6);
    }

    @Override
    public String toString() {
        return "Bench" + Arrays.toString(new double[] {seconds});
    }
}
