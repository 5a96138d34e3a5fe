package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The symmetric storage of {@code g3} ({@link TripleStorage}): one ordering per rapidity triple
 * reproduces the full {@code N³} storage (both with the hexagonal truncation, which makes the
 * discrete layer permutation-symmetric) to rounding, through steps, the absorbing layer and the
 * changes of mode basis; and the particle number is conserved by the three-point layer.
 */
class ThreePointStorageTest {

    @Test
    void locateInvertsTheOrderings() {
        for (String name : new String[] {"full", "symmetric"}) {
            int n = 5;
            TripleStorage s = TripleStorage.of(name, n);
            assertEquals(TripleStorage.count(name, n), s.count(), name);
            int[] hits = new int[n * n * n];
            for (int t = 0; t < s.count(); t++) {
                for (int p : s.orderings(t)) {
                    hits[s.ordered(t, p)]++;
                }
            }
            for (int o = 0; o < hits.length; o++) {
                assertEquals(1, hits[o], name + ": ordered triple " + o + " represented once");
                int[] abc = {o / (n * n), (o / n) % n, o % n};
                int[] loc = s.locate(abc[0], abc[1], abc[2]);
                for (int j = 0; j < 3; j++) {
                    assertEquals(abc[j], s.legs(loc[0])[loc[1 + j]], name + " " + o);
                }
            }
        }
    }

    /**
     * Two runs of the {@code three-point} truncation, full and symmetric storage, from the
     * two-lump state to {@code t = 40} (with the absorbing layer and at least one change of mode
     * basis): {@code ρ}, {@code G̃} and every ordering of {@code ĝ3} agree to rounding.
     */
    @Test
    void symmetricStorageReproducesFullStorage() {
        ModeSpace space = Runs.rods(1, 5, 10);
        PowerLawPerturbation v = Runs.powerLaw(4, 20);
        SeparationGrid grid = new SeparationGrid(100, 32, v);
        TwoPointRun full = new TwoPointRun(space, v, grid, false, 2.0, 0.2, 16, "full", true);
        TwoPointRun sym = new TwoPointRun(space, v, grid, false, 2.0, 0.2, 16, "symmetric", true);
        double[] rho0 = Runs.lumps(space, ThreePointLayerTest.BETA).density();
        full.start(rho0);
        sym.start(rho0);
        full.advance(0, 40, t -> { });
        sym.advance(0, 40, t -> { });
        assertTrue(full.rebases() > 0, "a change of basis was exercised: " + full.rebases());
        assertEquals(full.rebases(), sym.rebases());
        assertArrayEquals(full.density(), sym.density(), 1e-13 * max(rho0));
        double[] g = full.modes();
        assertArrayEquals(g, sym.modes(), 1e-10 * max(g));
        double[] g3Full = full.threePoint();
        double[] g3Sym = sym.threePoint();
        ThreePointLayer lf = full.threePointLayer();
        ThreePointLayer ls = sym.threePointLayer();
        int n = space.size();
        int plane = 2 * lf.points() * lf.halfPoints();
        double scale = max(g3Full);
        assertTrue(scale > 0, "g3 was built");
        double[] a = new double[plane];
        double[] b = new double[plane];
        double worst = 0;
        for (int o = 0; o < n * n * n; o++) {
            ThreePointRebase.plane(lf, g3Full, o / (n * n), (o / n) % n, o % n, a, 0);
            ThreePointRebase.plane(ls, g3Sym, o / (n * n), (o / n) % n, o % n, b, 0);
            for (int k = 0; k < plane; k++) {
                worst = Math.max(worst, Math.abs(a[k] - b[k]));
            }
        }
        assertTrue(worst < 1e-10 * scale, "g3 orderings agree: " + worst / scale);
    }

    /**
     * The particle number {@code ∫ρ} is conserved with the three-point feedbacks (they enter
     * {@code ∂_t ρ} only through a rapidity derivative).
     */
    @Test
    void conservesTheParticleNumber() {
        ModeSpace space = Runs.rods(1, 5, 12);
        PowerLawPerturbation v = Runs.powerLaw(4, 20);
        SeparationGrid grid = new SeparationGrid(100, 32, v);
        TwoPointRun run = new TwoPointRun(space, v, grid, false, 1.0, 0.2, 16, "symmetric", true);
        double[] rho0 = Runs.lumps(space, ThreePointLayerTest.BETA).density();
        run.start(rho0);
        run.advance(0, 8, t -> { });
        double[] rho = run.density();
        double n0 = 0;
        double n1 = 0;
        double moved = 0;
        for (int i = 0; i < rho.length; i++) {
            n0 += rho0[i];
            n1 += rho[i];
            moved += Math.abs(rho[i] - rho0[i]);
        }
        assertTrue(moved > 1e-6 * n0, "the density evolved: " + moved / n0);
        assertEquals(n0, n1, 1e-13 * n0);
    }

    /** A checkpoint of one storage does not resume under the other: a clear error. */
    @Test
    void refusesToResumeWithAnotherStorage() {
        ModeSpace space = Runs.rods(1, 5, 20);
        double[] times = {0, 1, 2};
        Problem p = new Problem(Runs.lumps(space, ThreePointLayerTest.BETA),
                List.of(Runs.powerLaw(4, 20)), Runs.truncation("three-point"), times);
        Runs.Recorder first = new Runs.Recorder(times, null, 2);
        assertThrows(Runs.Interrupted.class, () -> Runs.solver(ThreePointLayerTest.params())
                .run(p, first));
        Runs.Recorder rest = new Runs.Recorder(times, first.checkpoints.get(1), Integer.MAX_VALUE);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Runs.solver(
                ThreePointLayerTest.params("g3_storage", "full")).run(p, rest));
        assertTrue(e.getMessage().startsWith("solver.g3_storage"), e.getMessage());
    }

    private static double max(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
