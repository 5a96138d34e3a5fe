package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * Why the full-window three-point run at {@code ξ = 5} stopped at {@code t = 80}
 * (docs/solvers/hierarchy.md, "The stop at t = 16ξ is the time step"), on a grid small enough to
 * show it in a minute, tagged {@code validation} (docs/testing.md):
 * <pre>
 *   mvn -B -pl solvers -am verify -Pvalidation -Dtest=ThreePointStepStabilityValidation \
 *       -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The Fig. 6 state at {@code ξ = 5}, {@code V0 = 2} (lumps {@code β = 2.5}), 16 rapidities on
 * {@code [-5, 5]}, 64 separations {@code |z| ≤ 10ξ} ({@code Δz = 0.31ξ}), {@code g3} on the
 * whole grid in single precision, absorbing layer 0.2. ETDRK4 integrates the transport exactly
 * and the {@code g3} feedback explicitly; the feedback acts as a diffusion in {@code z} that is
 * fastest for the rapidities at the grid's edges (the Kubo {@code 𝔇} of the edge rapidity is
 * about 5 times the bulk's: the largest velocity differences), so the explicit step is limited
 * there at the highest wavenumbers. At time step 1 the part of {@code ĝ3} on the triples with an
 * edge rapidity grows by orders of magnitude between {@code t = 24} and {@code 48}; at 0.5 it
 * stays at its level. The probe is {@code Σ|ĝ3|²} over the stored triples with a leg among the
 * two outermost rapidities on either side.
 *
 * <p>{@code -Dstability.table=1,0.75,0.5} prints the probe and the tail at every unit time
 * (every 3 for the step 0.75, so that the steps stay equal) to
 * {@code -Dstability.end} (60) for each of those steps, on {@code -Dstability.n} (16) rapidities
 * on {@code [-θ, θ]}, {@code -Dstability.theta} (5): the rows of the docs' table.
 */
@Tag("validation")
class ThreePointStepStabilityValidation {

    static final int N = 16;

    /** The full-window run on {@code n} rapidities on {@code [-θ, θ]}, started. */
    static TwoPointRun start(int n, double theta, double step) {
        ModeSpace space = Runs.rods(1, theta, n);
        TbaState s0 = Runs.lumps(space, 2.5);
        Perturbation v = Runs.powerLaw(2, 5);
        SeparationGrid grid = new SeparationGrid(50, 64, v);
        TwoPointRun run = new TwoPointRun(space, v, grid, false, step, 0.2, 64, "symmetric", true,
                "single");
        run.start(s0.density());
        return run;
    }

    /** {@code Σ|ĝ3|²} over the stored triples with an edge leg, at {@code t = 24} and {@code 48}. */
    static double[] edgeGrowth(double step) {
        TwoPointRun run = start(N, 5, step);
        run.advance(0, 24, t -> { });
        double early = edgePower(run);
        run.advance(24, 48, t -> { });
        return new double[] {early, edgePower(run)};
    }

    @Test
    void table() {
        String steps = System.getProperty("stability.table");
        assumeTrue(steps != null, "-Dstability.table=STEP,... prints the probe");
        int n = Integer.getInteger("stability.n", N);
        double theta = Double.parseDouble(System.getProperty("stability.theta", "5"));
        double end = Double.parseDouble(System.getProperty("stability.end", "60"));
        for (String step : steps.split(",")) {
            double h = Double.parseDouble(step);
            int every = 1; // the shortest whole time that the step divides (3 for 0.75)
            while (Math.abs(every / h - Math.rint(every / h)) > 1e-9 && every < 100) {
                every++;
            }
            TwoPointRun run = start(n, theta, h);
            for (int t = every; t <= end; t += every) {
                run.advance(t - every, t, x -> { });
                double[] rho = run.density();
                double min = 0;
                double max = 0;
                for (double r : rho) {
                    min = Math.min(min, r);
                    max = Math.max(max, Math.abs(r));
                }
                System.out.printf("step %s n %d theta %s t %d edge power %.3e tail %.2e%n", step,
                        n, theta, t, edgePower(run, n), min / max);
            }
        }
    }

    static double edgePower(TwoPointRun run) {
        return edgePower(run, N);
    }

    static double edgePower(TwoPointRun run, int n) {
        G3Spectrum g3 = run.threePointState();
        ThreePointLayer layer = run.threePointLayer();
        TripleStorage storage = layer.storage();
        double sum = 0;
        for (int t = 0; t < storage.count(); t++) {
            boolean edge = false;
            for (int leg : storage.legs(t)) {
                edge |= leg < 2 || leg >= n - 2;
            }
            if (!edge) {
                continue;
            }
            for (int k1 = 0; k1 < layer.points(); k1++) {
                for (int k2 = 0; k2 < layer.halfPoints(); k2++) {
                    int i = layer.index(t, k1, k2);
                    sum += g3.get(i) * g3.get(i) + g3.get(i + 1) * g3.get(i + 1);
                }
            }
        }
        return sum;
    }

    /** The Kubo {@code 𝔇} is largest at the grid's edges (where the step is limited). */
    @Test
    void theFastestDiffusionIsAtTheEdges() {
        TbaState s = Runs.lumps(Runs.rods(1, 5, N), 2.5);
        DMatrixRMaj d = s.diffusionMatrix();
        double edge = Math.min(d.get(0, 0), d.get(N - 1, N - 1));
        for (int i = 2; i < N - 2; i++) {
            assertTrue(d.get(i, i) < edge, "𝔇 at node " + i + " = " + d.get(i, i)
                    + " against the edges' " + edge);
        }
        assertTrue(edge > 4 * d.get(N / 2, N / 2), "edge 𝔇 " + edge + " against the middle's "
                + d.get(N / 2, N / 2));
    }

    @Test
    void timeStepOneIsUnstableAtTheEdgesAndHalfOfItIsNot() {
        double[] one = edgeGrowth(1);
        double[] half = edgeGrowth(0.5);
        // measured 2026-12-07: 4.0e-9 → 2.2e-2 at time step 1, 2.3e-9 → 2.6e-9 at 0.5
        assertTrue(one[1] > 1e4 * one[0], "time step 1: " + one[0] + " → " + one[1]);
        assertTrue(half[1] < 10 * half[0], "time step 0.5: " + half[0] + " → " + half[1]);
    }
}
