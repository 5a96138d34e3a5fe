package org.rapidity.solvers.md;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rapidity.framework.bench.BenchSetup;
import org.rapidity.framework.bench.Fig6Benchmark;
import org.rapidity.framework.bench.LinearCost;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.MicroscopicDynamics;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.RunContext;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Bench rows of the {@code md} solver on the Fig. 6 problem (hard rods a = 1, ρ̄ = 0.2, power
 * law V0 = 2, ξ = 20, step 0.5): one time step of one sample of N rods (forces, exact hard-rod
 * flow with the collision correction), and a whole ensemble run on all cores, from which the
 * time of the paper's 1000-sample ensemble to t = 2000 is extrapolated.
 */
public final class MdBenchmark extends Fig6Benchmark {

    /** The benchmark. */
    public MdBenchmark() {
        super("md",
                "Molecular dynamics of the Fig. 6 problem (hard rods a = 1, ρ̄ = 0.2, V0 = 2, ξ"
                        + " = 20, dt = 0.5): time steps of one sample per second, and an ensemble");
    }

    @Override
    protected void run(IntegrableModel rods, Registry registry, Stopwatch stopwatch,
            PrintStream out, boolean quick) {
        MicroscopicDynamics dynamics = (MicroscopicDynamics) rods;
        TbaState initial = BenchSetup.fig6State(registry, rods, 100);
        ModeSpace space = initial.space();
        Perturbation v = new PowerLawPerturbation(2, 20, Parameters.empty());
        VelocityCells cells = new VelocityCells(space, initial.density());
        out.printf(Locale.ROOT, "%6s  %10s  %22s  %12s%n", "N", "cutoff", "one step, one sample",
                "steps/s");
        double[][] cases = quick ? new double[][] {{80, 0}, {1000, 200}}
                : new double[][] {{80, 0}, {1000, 0}, {1000, 200}};
        for (double[] c : cases) {
            int n = (int) c[0];
            double length = n / 0.2;
            RodSystem rs = new RodSystem(n, length, PairTable.of(v, length, c[1]),
                    dynamics.flow(n, length), true);
            SplittableRandom r = new SplittableRandom(1);
            double[] x = new double[n];
            double[] u = new double[n];
            dynamics.samplePositions(x, length, r);
            for (int i = 0; i < n; i++) {
                u[i] = cells.sample(r);
            }
            rs.load(x, 0, u, 0);
            Stopwatch.Timing t = stopwatch.time(() -> {
                rs.step(0.5);
                return rs.v[0];
            });
            out.printf(Locale.ROOT, "%6d  %10s  %22s  %12.0f%n", n,
                    c[1] == 0 ? "none (L/2)" : Parameters.format(c[1]), t.text(), 1 / t.median());
        }
        // an ensemble through the solver, on all cores: 40 samples of 80 rods to t = T and 2T;
        // the difference gives the cost per unit time, the rest is the fixed cost of a run
        int samples = 40;
        double end = quick ? 50 : 200;
        MdSolver.Provider p = new MdSolver.Provider();
        MdSolver solver = (MdSolver) p.create(Parameters.validate("solver", p.parameters(),
                Map.of("samples", samples, "blocks", 20)));
        double[] seconds = new double[2];
        for (int q = 0; q < 2; q++) {
            double[] times = {0, end * (q + 1)};
            Problem problem = new Problem(initial, List.of(v), null, times);
            long t0 = System.nanoTime();
            solver.run(problem, silent(times));
            seconds[q] = (System.nanoTime() - t0) * 1e-9;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "ensemble of %d samples of 80 rods on %d cores: %.2f s to t = %s,"
                + " %.2f s to t = %s; ", samples, cores, seconds[0], Parameters.format(end),
                seconds[1], Parameters.format(2 * end));
        LinearCost.Fit fit = LinearCost.fit(new double[] {end, 2 * end}, seconds);
        if (fit.ok()) {
            out.printf(Locale.ROOT, "extrapolated to the Fig. 6 ensemble (1000 samples to"
                    + " t = 2000): %.0f s%n", (1000.0 / samples) * fit.cost().at(2000));
        } else {
            out.println("no extrapolation to the Fig. 6 ensemble: " + fit.refusal());
        }
    }

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
            public Optional<Checkpoint> resumeFrom() {
                return Optional.empty();
            }

            @Override
            public void checkpoint(Checkpoint checkpoint) {
            }
        };
    }
}
