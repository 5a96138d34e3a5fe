package org.rapidity.runner.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.bench.Stopwatch.Timing;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.GenericNumerics;
import org.rapidity.framework.tba.Gge;
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

    private final Stopwatch stopwatch;
    private final double seconds;

    /** @param seconds measuring time per entry (after warm-up) */
    public Bench(double seconds) {
        this.seconds = seconds;
        this.stopwatch = new Stopwatch(seconds);
    }

    /** Times one operation with the shared harness. */
    Timing time(DoubleSupplier op) {
        return stopwatch.time(op);
    }

    /** Runs every benchmark and prints the table. */
    public void run(Registry registry, PrintStream out, boolean quick) {
        run(registry, out, quick, null);
    }

    /**
     * Runs one contributed section ({@link Benchmark#name()}), or everything when
     * {@code section} is null.
     */
    public void run(Registry registry, PrintStream out, boolean quick, String section) {
        if (section != null) {
            for (Benchmark b : registry.benchmarks().all()) {
                if (b.name().equals(section)) {
                    out.println(b.description());
                    b.run(registry, stopwatch, out, quick);
                    return;
                }
            }
            throw new org.rapidity.framework.param.InvalidInputException("--section", "no"
                    + " bench section '" + section + "'; sections: " + registry.benchmarks()
                    .all().stream().map(Benchmark::name).toList());
        }
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
        if (registry.models().contains("liebliniger")) {
            stringDressing(registry, out, quick ? new double[] {1} : new double[] {1, 3});
            thermalSolves(registry, out, quick);
        }
        if (registry.ensembles().contains("tube-lattice")) {
            ensemble(out, quick);
        }
        // sections contributed by other modules (solvers, plugins)
        for (Benchmark b : registry.benchmarks().all()) {
            out.println();
            out.println(b.description());
            b.run(registry, stopwatch, out, quick);
        }
    }

    /**
     * Wall time of the reduced tube ensemble of {@code examples/cs-ensemble-ramp.json} (GHD
     * ramps through {@code c = 0} on 24 positions × 26 rapidities, 12 strings, 4 outputs) against
     * the number of atom-number bins, run once each through the command line in this JVM (members
     * one after the other, and two side by side with {@code --workers 2}).
     */
    private void ensemble(PrintStream out, boolean quick) {
        java.nio.file.Path example = java.nio.file.Path.of(System.getProperty("rapidity.home",
                "."), "examples", "cs-ensemble-ramp.json");
        out.println();
        out.println("Tube ensemble (examples/cs-ensemble-ramp.json reduced: 24 x 26, 12 strings,"
                + " 4 outputs): wall time of the whole run against the bins");
        if (!java.nio.file.Files.isRegularFile(example)) {
            out.println("  " + example + " not found; skipped");
            return;
        }
        out.printf(Locale.ROOT, "%6s  %8s  %12s%n", "bins", "workers", "wall time");
        int[][] cases = quick ? new int[][] {{1, 1}, {2, 1}}
                : new int[][] {{1, 1}, {2, 1}, {4, 1}, {4, 2}, {8, 2}};
        for (int[] c : cases) {
            java.nio.file.Path dir;
            try {
                dir = java.nio.file.Files.createTempDirectory("rapidity-bench-ensemble-");
            } catch (java.io.IOException e) {
                out.println("  no temporary folder: " + e.getMessage());
                return;
            }
            java.io.PrintStream quiet = new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream());
            long t0 = System.nanoTime();
            int status = org.rapidity.runner.Main.run(new String[] {"run", example.toString(),
                "--out", dir.toString(), "--fresh", "--no-plots", "--workers",
                Integer.toString(c[1]), "--set", "solver.x_points=24", "--set",
                "grid.points=26", "--set", "model.strings=24", "--set", "times.outputs=4",
                "--set", "solver.crossing_gap=1.2", "--set", "ensemble.bins=" + c[0]}, quiet,
                    quiet);
            double wall = (System.nanoTime() - t0) * 1e-9;
            out.printf(Locale.ROOT, "%6d  %8d  %10.2f s%s%n", c[0], c[1], wall,
                    status == 0 ? "" : "  (failed, status " + status + ")");
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                    dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile()
                        .delete());
            } catch (java.io.IOException e) {
                // a leftover temporary folder is harmless
            }
        }
    }

    /**
     * Bethe strings of 133Cs at {@code c̃ = -1 μm⁻¹}, 25 species × 50 uniform nodes on
     * [-14, 14] μm⁻¹ (1250 modes, the strings paper's discretisation), in the state the ramp
     * through {@code c = 0} gives from a 20 nK gas ({@code string-ramp}, (S10)). The model's
     * dressing works on the occupied modes only; the generic one factors all 1250 (Cholesky of
     * the symmetrised operator), a plain dense solver would LU-factor all 1250. The speed-up is
     * against the generic dressing.
     */
    private void stringDressing(Registry registry, PrintStream out, double[] densities) {
        out.println();
        out.println("Dressing (1 - T n)^{-1} E' of Bethe strings: 133Cs, c~ = -1/um, 25 strings"
                + " x 50 nodes = 1250 modes, string-ramp state at 20 nK");
        out.printf(Locale.ROOT, "%8s  %8s  %22s  %22s  %22s  %22s  %22s  %8s%n", "atoms/um",
                "occupied", "dense LU factor+solve", "generic factor+dress",
                "generic dress (reuse)", "occupied-mode f+d", "occupied-mode dress", "speed-up");
        IntegrableModel strings = liebLiniger(registry, Map.of("atom", "133Cs", "c", "-1 1/um",
                "strings", 25));
        QuadratureGrid grid = QuadratureGrid.uniform(-14, 14, 50);
        ModeSpace space = ModeSpace.of(strings, grid);
        ModeSpace generic = ModeSpace.of(GenericNumerics.of(strings), grid);
        space.kernel(); // state-independent: built once per grid
        generic.kernel();
        for (double density : densities) {
            TbaState state = registry.states().get("state.name", "string-ramp").create(space,
                    Parameters.validate("state", registry.states().get("state.name",
                            "string-ramp").parameters(), Map.of("temperature", "20 nK",
                                    "density", density + " 1/um")));
            double[] fill = state.filling();
            double[] h = space.energyDerivative();
            int occupied = 0;
            for (int i = 0; i < fill.length; i++) {
                // the dressing's own criterion is finer (w n |T| against 1e-17/N); count n > 1e-20
                occupied += fill[i] > 1e-20 ? 1 : 0;
            }
            int size = space.size();
            double[] kd = generic.kernel().data;
            Timing lu = time(() -> {
                // R = 1 - K W N, factored by LU and solved: what a plain dense solver does
                org.ejml.data.DMatrixRMaj r = new org.ejml.data.DMatrixRMaj(size, size);
                for (int i = 0; i < size; i++) {
                    for (int j = 0; j < size; j++) {
                        r.data[i * size + j] = -kd[i * size + j] * space.weight(j) * fill[j];
                    }
                    r.data[i * size + i] += 1;
                }
                org.ejml.interfaces.linsol.LinearSolverDense<org.ejml.data.DMatrixRMaj> s =
                        org.ejml.dense.row.factory.LinearSolverFactory_DDRM.lu(size);
                s.setA(r);
                org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(size, 1);
                s.solve(org.ejml.data.DMatrixRMaj.wrap(size, 1, h.clone()), x);
                return x.data[0];
            });
            Timing full = time(() -> KernelDressing.factor(generic, fill).dress(h)[0]);
            Dressing genericFactored = KernelDressing.factor(generic, fill);
            Timing genericReuse = time(() -> genericFactored.dress(h)[0]);
            Timing fast = time(() -> strings.dressing(space, fill).dress(h)[0]);
            Dressing factored = strings.dressing(space, fill);
            Timing reuse = time(() -> factored.dress(h)[0]);
            out.printf(Locale.ROOT, "%8s  %8d  %22s  %22s  %22s  %22s  %22s  %7.1fx%n",
                    Parameters.format(density), occupied, fmt(lu), fmt(full),
                    fmt(genericReuse), fmt(fast), fmt(reuse), full.median() / fast.median());
        }
    }

    /**
     * Thermal and generalised Gibbs states by Newton's method on the TBA equation (each step one
     * dressing): the Yang-Yang gas at fixed density, and the string gas of {@link
     * #stringDressing} with the ramp state's driving term {@code w_n = nβ(λ² - μ)}
     * ({@code βμ = -0.535}, 1 atom/μm at 20 nK) at {@code c̃ = -1 μm⁻¹}.
     */
    private void thermalSolves(Registry registry, PrintStream out, boolean quick) {
        out.println();
        out.println("TBA solves (Newton, one dressing per step)");
        out.printf(Locale.ROOT, "%-58s  %22s%n", "state", "time");
        IntegrableModel repulsive = liebLiniger(registry, Map.of("c", 1.0));
        ModeSpace rep = ModeSpace.of(repulsive, QuadratureGrid.gaussLegendre(-12, 12, 200));
        rep.kernel();
        Timing yy = time(() -> {
            double mu = org.rapidity.framework.states.ThermalStateProvider.chemicalPotentialFor(
                    rep, 0.5, 0, 1.0, "state.density");
            return Gge.solve(rep, Gge.thermalDrivingTerm(rep, 0.5, mu, 0)).state()
                    .particleDensity();
        });
        out.printf(Locale.ROOT, "%-58s  %22s%n", "Yang-Yang c = 1, T = 2, n = 1 (μ by Brent), 200"
                + " nodes", fmt(yy));
        IntegrableModel strings = liebLiniger(registry, Map.of("atom", "133Cs", "c", "-1 1/um",
                "strings", 25));
        QuadratureGrid grid = QuadratureGrid.uniform(-14, 14, 50);
        ModeSpace space = ModeSpace.of(strings, grid);
        ModeSpace generic = ModeSpace.of(GenericNumerics.of(strings), grid);
        space.kernel();
        generic.kernel();
        double beta = 1 / 10.959300769652845; // 20 nK for 133Cs in units ħ²/(2m μm²)
        double betaMu = -0.5347;
        double[] w = new double[space.size()];
        for (int i = 0; i < w.length; i++) {
            double l = space.theta(i);
            w[i] = (space.species(i) + 1) * (beta * l * l - betaMu);
        }
        Timing fast = time(() -> Gge.solve(space, w).state().particleDensity());
        Timing slow = time(() -> Gge.solve(generic, w).state().particleDensity());
        out.printf(Locale.ROOT, "%-58s  %22s%n", "string GGE, 1250 modes, occupied-mode dressing",
                fmt(fast));
        out.printf(Locale.ROOT, "%-58s  %22s  (%.1fx)%n", "string GGE, 1250 modes, generic"
                + " dressing", fmt(slow), slow.median() / fast.median());
    }

    private static IntegrableModel liebLiniger(Registry registry, Map<String, Object> raw) {
        ModelProvider p = registry.models().get("model.name", "liebliniger");
        return p.create(Parameters.validate("model", p.parameters(), raw));
    }

    /** Fig. 6 filling of hard rods on a uniform grid of n points. */
    static double[] fig6Filling(ModeSpace space) {
        double[] rho = new double[space.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = space.theta(i);
            rho[i] = Math.exp(-2.5 * (t - 1) * (t - 1)) + Math.exp(-2.5 * (t + 1) * (t + 1));
        }
        double z = space.integrate(rho);
        for (int i = 0; i < rho.length; i++) {
            rho[i] *= 0.2 / z;
        }
        return TbaState.fromDensity(space, rho).filling();
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
        return t.text();
    }

    @Override
    public String toString() {
        return "Bench" + Arrays.toString(new double[] {seconds});
    }
}
