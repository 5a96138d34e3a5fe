package org.rapidity.solvers.kinetic;

import java.io.PrintStream;
import java.util.Locale;
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
 * Bench rows of the kinetic solvers: one evaluation of the generalised Landau integral (state
 * quantities included) on the Fig. 6 hard-rod state, at N = 100 and 200.
 */
public final class KineticBenchmark extends Fig6Benchmark {

    /** The benchmark. */
    public KineticBenchmark() {
        super("kinetic",
                "Generalised Landau integral ∂_t ρ of the Fig. 6 hard-rod state, power law"
                        + " V0 = 2, ξ = 20 (one evaluation, from the density)");
    }

    @Override
    protected void run(IntegrableModel rods, Registry registry, Stopwatch stopwatch,
            PrintStream out, boolean quick) {
        out.printf(Locale.ROOT, "%6s  %22s%n", "N", "landau ∂_t ρ");
        for (int n : quick ? new int[] {100} : new int[] {100, 200}) {
            TbaState s = BenchSetup.fig6State(registry, rods, n);
            ModeSpace space = s.space();
            LandauCollisionIntegral landau = new LandauCollisionIntegral(space,
                    new PowerLawPerturbation(2, 20, Parameters.empty()));
            double[] rho = s.density();
            Stopwatch.Timing t = stopwatch.time(() -> landau.timeDerivative(
                    TbaState.fromEvolvedDensity(space, rho))[n / 2]);
            out.printf(Locale.ROOT, "%6d  %22s%n", n, t.text());
        }
    }
}
