package org.rapidity.solvers.kinetic;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.bench.BenchSetup;
import org.rapidity.framework.bench.Stopwatch;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Benchmark;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.InterTubeCoupling;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Bench rows of the inter-tube integral (gBBGKY paper §VI, Fig. 8): the 162Dy tube lattice
 * ({@code dipolar-tubes}, θ_DDI = 90°, 24 tubes), the Bragg-split state ({@code ±2ħk_D},
 * σ = 0.4 ħk_D, ρ̄ = 0.8/μm) on 150 and 300 rapidities; one evaluation of
 * {@code ∂_tρ} from the density, the tube-summed weight {@code K_⊥} (24 transforms), and one
 * whole Fig. 8 rate on the paper's grid (20 s of evolution and the fit of log DT).
 */
public final class InterTubeBenchmark extends Described implements Benchmark {

    /** The benchmark. */
    public InterTubeBenchmark() {
        super("intertube",
                "Inter-tube collision integral of the 162Dy tube lattice (Fig. 8): K_⊥ over 24"
                        + " tubes, and one evaluation of ∂_t ρ of the Bragg-split state");
    }

    @Override
    public void run(Registry registry, Stopwatch stopwatch, PrintStream out, boolean quick) {
        Optional<IntegrableModel> model = BenchSetup.model(registry, "dipolar-tubes",
                Map.of("theta_DDI", 90.0), out);
        if (model.isEmpty()) {
            return;
        }
        IntegrableModel tubes = model.get();
        InterTubeCoupling coupling = (InterTubeCoupling) tubes;
        Stopwatch.Timing w = stopwatch.time(() -> InterTubeCollisionIntegral.tubeSummedWeight(
                coupling.interTubePotentials()));
        out.printf(Locale.ROOT, "%6s  %22s  %22s%n", "N", "K_⊥ (24 tubes)", "intertube ∂_t ρ");
        for (int n : quick ? new int[] {150} : new int[] {150, 300}) {
            // the paper's spacing, 150 points on ±4.4 ħk_D (k_D = 2π/741 nm, in 1/μm), and twice
            // the interval at the same spacing (where the thermal state fits)
            double edge = 4.4 * 2 * Math.PI / 0.741 * n / 150.0;
            ModeSpace space = ModeSpace.of(tubes, QuadratureGrid.uniform(-edge, edge, n));
            TbaState s = BenchSetup.state(registry, "bragg-split", space, Map.of("width", 0.4));
            InterTubeCollisionIntegral integral =
                    new InterTubeCollisionIntegral(space, coupling.interTubePotentials());
            double[] rho = s.density();
            Stopwatch.Timing t = stopwatch.time(() -> integral.timeDerivative(
                    TbaState.fromEvolvedDensity(space, rho))[n / 2]);
            out.printf(Locale.ROOT, "%6d  %22s  %22s%n", n, w.text(), t.text());
        }
        fig8Rates(registry, out, quick);
    }

    /** The time unit {@code 2m μm²/ħ} of the 162Dy tube (s). */
    private static final double UNIT_S = 0.0050994304918292945;

    /**
     * One Fig. 8 rate on the paper's grid (150 rapidities on ±4.4 ħk_D), as
     * {@code examples/dy-newtons-cradle.json} computes it: 20 s (3922 time units, 20 outputs)
     * of inter-tube Landau evolution from the Bragg-split state at ρ̄ = 0.8/μm, log DT fitted
     * over the last 10 s. Timed once per angle (an evolution takes seconds): 90°, and with the
     * full bench also 0° (the slowest angle); the 19 × 3 sweep is estimated as 57 times their
     * mean.
     */
    private static void fig8Rates(Registry registry, PrintStream out, boolean quick) {
        double sum = 0;
        int count = 0;
        for (double angle : quick ? new double[] {90} : new double[] {90, 0}) {
            Optional<IntegrableModel> model = BenchSetup.model(registry, "dipolar-tubes",
                    Map.of("theta_DDI", angle), out);
            if (model.isEmpty()) {
                return;
            }
            double edge = 4.4 * 2 * Math.PI / 0.741;
            ModeSpace space = ModeSpace.of(model.get(), QuadratureGrid.uniform(-edge, edge, 150));
            TbaState s = BenchSetup.state(registry, "bragg-split", space, Map.of("width", 0.4));
            InterTubeCollisionIntegral integral = new InterTubeCollisionIntegral(space,
                    ((InterTubeCoupling) model.get()).interTubePotentials());
            long t0 = System.nanoTime();
            double tTherm = Fig8Rate.thermalisationTime(space, integral, s.density(), 3922, 20,
                    1e-5);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            sum += seconds;
            count++;
            out.printf(Locale.ROOT, "one Fig. 8 rate, 150 rapidities, θ_DDI = %2.0f°: %s"
                    + " (1/t_therm = %.5g /s)%n", angle, Stopwatch.unit(seconds),
                    1 / (tTherm * UNIT_S));
        }
        out.printf(Locale.ROOT, "the Fig. 8 sweep, 19 angles × 3 densities on 150 rapidities:"
                + " about %s (57 × the mean above)%n", Stopwatch.unit(57 * sum / count));
    }
}
