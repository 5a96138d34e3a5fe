package org.rapidity.solvers.kinetic;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.bench.BenchSetup;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Bench rows of the FGR collision integral: one evaluation of {@code ∂_tρ} (state quantities
 * included, from the density) for a two-lump Lieb-Liniger state, {@code c = 1}, {@code β = 2},
 * {@code θ0 = ±1}, {@code ρ̄ = 0.4}, power law {@code V0 = 1}, {@code ξ = 10}, on {@code [-6, 6]},
 * at {@code N = 100} (and 200), beside the generalised Landau integral of the same state.
 */
public final class FgrBenchmark extends Described implements Benchmark {

    /** The benchmark. */
    public FgrBenchmark() {
        super("fgr",
                "FGR collision integral ∂_t ρ (m = 3 particle-hole) of a two-lump Lieb-Liniger"
                        + " state, c = 1, power law V0 = 1, ξ = 10 (one evaluation, from the"
                        + " density), beside the Landau integral");
    }

    @Override
    public void run(Registry registry, Stopwatch stopwatch, PrintStream out, boolean quick) {
        Optional<IntegrableModel> model =
                BenchSetup.model(registry, "liebliniger", Map.of("c", 1.0), out);
        if (model.isEmpty()) {
            return;
        }
        IntegrableModel gas = model.get();
        Map<String, Double> lumps = Map.of("beta", 2.0, "theta0", 1.0, "density", 0.4);
        out.printf(Locale.ROOT, "%6s  %22s  %22s%n", "N", "fgr ∂_t ρ", "landau ∂_t ρ");
        for (int n : quick ? new int[] {100} : new int[] {100, 200}) {
            ModeSpace space = ModeSpace.of(gas, QuadratureGrid.uniform(-6, 6, n));
            TbaState s = BenchSetup.state(registry, "two-lump", space, lumps);
            PowerLawPerturbation v = new PowerLawPerturbation(1, 10, Parameters.empty());
            FgrCollisionIntegral fgr = new FgrCollisionIntegral(space, v);
            LandauCollisionIntegral landau = new LandauCollisionIntegral(space, v);
            double[] rho = s.density();
            Stopwatch.Timing tf = stopwatch.time(() -> fgr.timeDerivative(
                    TbaState.fromEvolvedDensity(space, rho))[n / 2]);
            Stopwatch.Timing tl = stopwatch.time(() -> landau.timeDerivative(
                    TbaState.fromEvolvedDensity(space, rho))[n / 2]);
            out.printf(Locale.ROOT, "%6d  %22s  %22s%n", n, tf.text(), tl.text());
        }
    }
}
