package org.rapidity.solvers.ghd;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Bench rows of the GHD solver on the strings paper's Fig. S6 case: a 133Cs tube of 15 atoms in
 * a 27.6 Hz trap at 20 nK, Bethe strings after the ramp through {@code c = 0} (the fillings of
 * (S10) of the LDA profile), on the paper's grid of 100 positions × 50 rapidities × 25 strings:
 * one time step (the local dressings of every position with the ramp's force, the new kernels,
 * the semi-Lagrangian advection), the same dressings with the generic dense factorisation, and
 * the whole ramp from {@code c̃ = 2.58} to {@code -2 μm⁻¹} at {@code -0.038 μm⁻¹/ms}; first the
 * step on the examples' grid, 48 positions × 36 rapidities × 48 strings (issue 19).
 */
public final class GhdBenchmark extends Described implements Benchmark {

    /** The benchmark. */
    public GhdBenchmark() {
        super("ghd",
                "GHD of the strings paper's Fig. S6 tube (133Cs, 15 atoms, 27.6 Hz, 20 nK): one"
                        + " time step on 48 x × 36 λ × 48 strings (the examples' grid) and on"
                        + " 100 x × 50 λ × 25 strings, and the whole ramp");
    }

    @Override
    public void run(Registry registry, Stopwatch stopwatch, PrintStream out, boolean quick) {
        if (!registry.models().contains("liebliniger")) {
            out.println("  (liebliniger not found)");
            return;
        }
        if (quick) {
            step(registry, stopwatch, out, 20, 20, 8);
            return;
        }
        // the examples' grid (cs-fig2, cs-fig3, cs-fig4): many strings, few rapidities
        step(registry, stopwatch, out, 48, 36, 48);
        ramp(step(registry, stopwatch, out, 100, 50, 25), out);
    }

    /** The parts of one step on {@code nx × nt × strings}. */
    private static Case step(Registry registry, Stopwatch stopwatch, PrintStream out, int nx,
            int nt, int strings) {
        Case c = setUp(registry, nx, nt, strings);
        out.printf(Locale.ROOT, "%-46s %s%n", "grid " + nx + " x × " + nt + " λ × " + strings
                + " strings (" + c.attractive.size() + " modes)", "median (best)");
        // the fields of one time: one factorisation per position, three dressings each
        double rate = c.rate;
        Stopwatch.Timing fields = stopwatch.time(() -> LocalHydrodynamics.compute(c.attractive,
                c.fillings, c.gradient, rate).velocity()[nx / 2][0]);
        out.printf(Locale.ROOT, "%-46s %s%n", "  fields: " + nx + " string dressings + force",
                fields.text());
        Stopwatch.Timing kernels = stopwatch.time(() -> {
            ModeSpace s = ModeSpace.of(((org.rapidity.framework.spi.CouplingDependent)
                    c.attractive.model()).withCoupling(-1.0001), c.attractive.grid(0));
            double[] k = s.kernel().data;
            return k[k.length / 3] + LocalHydrodynamics.CouplingPhase.of(s, c.fillings)
                    .derivative(c.fillings[0])[0];
        });
        out.printf(Locale.ROOT, "%-46s %s%n", "  kernels at a new c (T, ∂_cΘ)", kernels.text());
        LocalHydrodynamics.Fields f = LocalHydrodynamics.compute(c.attractive, c.fillings,
                c.gradient, rate);
        GhdSolver solver = c.solver;
        Stopwatch.Timing advect = stopwatch.time(() -> solver.advectOnce(c.problem,
                c.attractive, c.fillings, f, 0.02)[nx / 2][0]);
        out.printf(Locale.ROOT, "%-46s %s%n", "  semi-Lagrangian advection", advect.text());
        out.printf(Locale.ROOT, "%-46s %s%n", "  one time step (sum of medians)",
                Stopwatch.unit(fields.median() + kernels.median() + advect.median()));
        // the generic dense dressing of the same states, for comparison (a few positions)
        int sample = nx < 40 ? 2 : 10;
        Stopwatch.Timing generic = stopwatch.time(() -> {
            double s = 0;
            for (int i = 0; i < sample; i++) {
                Dressing d = KernelDressing.factor(c.attractive, c.fillings[i * nx / sample]);
                s += d.dress(c.attractive.momentumDerivative())[0]
                        + d.dress(c.attractive.energyDerivative())[0]
                        + d.dress(c.gradientSource)[0];
            }
            return s;
        });
        out.printf(Locale.ROOT, "%-46s %s%n", "  generic dense dressing, " + nx + " positions"
                + " (extrapolated from " + sample + ")", Stopwatch.unit(generic.median() * nx
                / sample));
        return c;
    }

    /** The whole ramp of the case. */
    private static void ramp(Case c, PrintStream out) {
        long t0 = System.nanoTime();
        int[] steps = {0};
        double[] atoms = new double[2];
        RunContext ctx = new RunContext() {
            @Override
            public double[] outputTimes() {
                return c.rampProblem.outputTimes();
            }

            @Override
            public void emit(Snapshot snapshot) {
                double n = snapshot.view(org.rapidity.framework.tba.Profile.class).orElseThrow()
                        .particleNumber();
                atoms[atoms[0] == 0 ? 0 : 1] = n;
            }

            @Override
            public java.util.Optional<Checkpoint> resumeFrom() {
                return java.util.Optional.empty();
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
            }

            @Override
            public void progress(double time) {
                steps[0]++;
            }
        };
        c.rampSolver.run(c.rampProblem, ctx);
        double wall = (System.nanoTime() - t0) * 1e-9;
        out.printf(Locale.ROOT, "%-46s %.1f s (%d steps, N %.4f → %.4f)%n",
                "whole ramp 2.58 → -2 μm⁻¹ (120.5 ms)", wall, steps[0], atoms[0], atoms[1]);
    }

    private record Case(ModeSpace attractive, double[][] fillings, double[] gradient,
            double[] gradientSource, double rate, GhdSolver solver, Problem problem,
            GhdSolver rampSolver, Problem rampProblem) {
    }

    private static Case setUp(Registry registry, int nx, int nt, int strings) {
        ModelProvider mp = registry.models().get("model.name", "liebliniger");
        IntegrableModel repulsive = mp.create(Parameters.validate("model", mp.parameters(),
                Map.of("atom", "133Cs", "c", "2.58 1/um", "strings", strings)));
        QuadratureGrid lambda = QuadratureGrid.uniform(-13, 13, nt);
        ModeSpace rs = ModeSpace.of(repulsive, lambda);
        InitialStateProvider yy = registry.states().get("state.name", "yang-yang");
        TbaState centre = yy.create(rs, Parameters.validate("state", yy.parameters(),
                Map.of("temperature", "20 nK", "density", "1 1/um")));
        Map<String, Object> raw = new java.util.LinkedHashMap<>(Map.of("x_min", -30.0,
                "x_max", 30.0, "x_points", nx, "atoms", 15.0));
        GhdSolver trapOnly = new GhdSolver(Parameters.validate("solver", GhdSolver.specs(),
                raw));
        DriveProvider tp = registry.drives().get("drives.0.name", "harmonic-trap");
        Drive trap = tp.create(repulsive, Parameters.validate("drives.0", tp.parameters(),
                Map.of("frequency", "27.6 Hz")));
        DriveProvider rp = registry.drives().get("drives.1.name", "linear-ramp");
        Drive ramp = rp.create(repulsive, Parameters.validate("drives.1", rp.parameters(),
                Map.of("rate", "-0.038 1/(um ms)", "to", "-2 1/um")));
        double end = 120.5 / 4.18548;
        Problem p = new Problem(centre, List.of(), List.of(trap), null, new double[] {0, end});
        GhdSolver.Settings st = GhdSolver.Settings.of(trapOnly.parameters(), p);
        double[][] lda = LocalDensityApproximation.fillings(centre, st.initialPotential(),
                st.positions().weights(), 15, "solver.atoms");
        ZeroCrossing zc = (ZeroCrossing) repulsive;
        IntegrableModel strung = zc.acrossZero(-1.0, strings);
        ModeSpace as = ModeSpace.of(strung, lambda);
        double[][] fill = new double[nx][];
        IntStream.range(0, nx).parallel().forEach(i -> fill[i] = zc.mapThroughZero(rs,
                zc.fillingAtZeroCoupling(rs, lda[i]), as));
        double rate = -0.038 * 4.18548;
        double[] source = new double[as.size()];
        for (int k = 0; k < source.length; k++) {
            source[k] = -st.potentialGradient()[nx / 4] * as.particleNumber()[k];
        }
        GhdSolver rampSolver = trapOnly;
        double[] times = new double[13];
        for (int i = 0; i < times.length; i++) {
            times[i] = end * i / (times.length - 1);
        }
        Problem rampProblem = new Problem(centre, List.of(), List.of(trap, ramp), null, times);
        return new Case(as, fill, st.potentialGradient(), source, rate, trapOnly,
                new Problem(TbaState.fromFilling(as, fill[0]), List.of(), List.of(trap), null,
                        new double[] {0, 1}), rampSolver, rampProblem);
    }
}
