package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.tba.ModeSpace;

/**
 * Convergence of the {@code three-point} truncation (symmetric storage), tagged
 * {@code validation} (docs/testing.md):
 * <pre>
 *   mvn -B -pl solvers -am verify -Pvalidation -Dtest=ThreePointConvergenceValidation \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * Hard rods ({@code a = 1}) in two lumps ({@code β = 1}) on {@code [-5, 5]}, {@code V0 = 4},
 * {@code ξ = 20}, {@code |z| ≤ 100}, {@code dt = 1}, no absorbing layer. The observable is what
 * {@code g3} adds to the kurtosis of the bare two-point layer at {@code t = 8},
 * {@code δ = κ(three-point) - κ(two-point)}, refined in the rapidities, in the spacing
 * {@code Δz} (at a fixed window {@code |s| ≤ 50}) and in the window of {@code g3}
 * ({@code |s| ≤ 25, 50, 100} at {@code Δz = 3.125}); and the early-time ratio of {@code δ} to what
 * the Kubo closure adds, which by (50) should tend to 1 at early times once the contact step that
 * the source builds is resolved ({@code t ≳ Δz/Δv}): it must approach 1 as {@code Δz} shrinks.
 */
@Tag("validation")
class ThreePointConvergenceValidation {

    static double delta(String truncation, int n, int nz, int ns, double t) {
        ModeSpace space = Runs.rods(1, 5, n);
        Runs.Recorder rec = ThreePointLayerTest.run(space, truncation,
                ThreePointLayerTest.params("z_points", nz, "g3_points", ns), 0, t);
        return Runs.kurtosis(rec.state(1));
    }

    /** {@code δ} of three-point (or kubo) over two-point at {@code t}. */
    static double effect(String truncation, int n, int nz, int ns, double t) {
        return delta(truncation, n, nz, ns, t) - delta("two-point", n, nz, ns, t);
    }

    @Test
    void convergesInRapiditiesSeparationsAndWindow() {
        double t = 8;
        double[] byN = {effect("three-point", 16, 32, 16, t), effect("three-point", 24, 32, 16,
                t), effect("three-point", 32, 32, 16, t)};
        double[] byDz = {effect("three-point", 24, 32, 16, t), effect("three-point", 24, 64, 32,
                t), effect("three-point", 24, 128, 64, t)};
        double[] byWindow = {effect("three-point", 24, 64, 16, t), effect("three-point", 24, 64,
                32, t), effect("three-point", 24, 64, 64, t)};
        System.out.printf(Locale.ROOT, "delta(t = 8) by N_θ = 16, 24, 32: %s%n", text(byN));
        System.out.printf(Locale.ROOT, "delta(t = 8) by Δz = 6.25, 3.125, 1.5625: %s%n",
                text(byDz));
        System.out.printf(Locale.ROOT, "delta(t = 8) by window 25, 50, 100: %s%n",
                text(byWindow));
        assertCauchy("rapidities", byN);
        assertCauchy("separations", byDz);
        assertCauchy("window", byWindow);
    }

    @Test
    void approachesTheKuboClosureAtEarlyTimesAsTheGridResolvesTheContactStep() {
        double t = 1;
        double coarse = effect("three-point", 24, 32, 16, t) / effect("kubo", 24, 32, 16, t);
        double fine = effect("three-point", 24, 64, 32, t) / effect("kubo", 24, 64, 32, t);
        double finer = effect("three-point", 24, 128, 64, t) / effect("kubo", 24, 128, 64, t);
        System.out.printf(Locale.ROOT, "three-point/kubo at t = 1, Δz = 6.25, 3.125, 1.5625:"
                + " %.4f %.4f %.4f%n", coarse, fine, finer);
        assertTrue(Math.abs(fine - 1) < Math.abs(coarse - 1)
                && Math.abs(finer - 1) < Math.abs(fine - 1), coarse + " " + fine + " " + finer);
    }

    private static void assertCauchy(String what, double[] x) {
        double first = Math.abs(x[1] - x[0]);
        double second = Math.abs(x[2] - x[1]);
        assertTrue(second < first, what + ": " + text(x));
    }

    private static String text(double[] x) {
        StringBuilder b = new StringBuilder();
        for (double v : x) {
            b.append(String.format(Locale.ROOT, " %.6e", v));
        }
        return b.toString();
    }
}
