package org.rapidity.solvers.hierarchy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;

/**
 * Single-precision storage of {@code ĝ3} ({@code solver.g3_precision}, {@link G3Spectrum}): the
 * values are rounded to floats when stored, the arithmetic stays in double, so a run agrees with
 * the double-precision one to the accumulated float rounding (a few {@code 2^-24} relative per
 * step), not to double rounding and not worse; and a checkpoint of one precision does not resume
 * under the other.
 */
class ThreePointPrecisionTest {

    /** A store rounds to the nearest float and reads it back exactly; double keeps the value. */
    @Test
    void singleStorageRoundsToFloat() {
        double x = 1.0 / 3;
        G3Spectrum s = G3Spectrum.zeros(true, 4);
        G3Spectrum d = G3Spectrum.zeros(false, 4);
        s.set(1, x);
        d.set(1, x);
        assertEquals((double) (float) x, s.get(1), 0);
        assertEquals(x, d.get(1), 0);
        assertTrue(Math.abs(s.get(1) - x) <= Math.ulp(1f / 3) / 2, "nearest float");
        s.add(1, x);
        assertEquals((double) (float) ((float) x + x), s.get(1), 0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> G3Spectrum.single("half"));
        assertTrue(e.getMessage().startsWith("solver.g3_precision"), e.getMessage());
    }

    /**
     * The same run (symmetric storage, absorbing layer, changes of basis) in double and in single
     * precision: {@code ĝ3} and {@code ρ} agree to float rounding. The relative difference of
     * {@code ĝ3} is above double rounding (the storage is really single) and below
     * {@code 1e-5} (a few hundred float roundings: the steps, the stages and the changes of
     * basis each round once).
     */
    @Test
    void singleAgreesWithDoubleToFloatRounding() {
        ModeSpace space = Runs.rods(1, 5, 10);
        PowerLawPerturbation v = Runs.powerLaw(4, 20);
        SeparationGrid grid = new SeparationGrid(100, 32, v);
        TwoPointRun dbl = new TwoPointRun(space, v, grid, false, 2.0, 0.2, 16, "symmetric", true,
                "double");
        TwoPointRun sgl = new TwoPointRun(space, v, grid, false, 2.0, 0.2, 16, "symmetric", true,
                "single");
        double[] rho0 = Runs.lumps(space, ThreePointLayerTest.BETA).density();
        dbl.start(rho0);
        sgl.start(rho0);
        dbl.advance(0, 40, t -> { });
        sgl.advance(0, 40, t -> { });
        assertTrue(dbl.rebases() > 0, "a change of basis was exercised: " + dbl.rebases());
        assertEquals(dbl.rebases(), sgl.rebases());
        double[] a = dbl.threePoint();
        double[] b = sgl.threePoint();
        double scale = 0;
        double diff = 0;
        for (int k = 0; k < a.length; k++) {
            scale = Math.max(scale, Math.abs(a[k]));
            diff = Math.max(diff, Math.abs(a[k] - b[k]));
        }
        assertTrue(scale > 0, "g3 was built");
        double relative = diff / scale;
        assertTrue(relative > 1e-10 && relative < 1e-5, "g3 agrees to float rounding: "
                + relative);
        double[] ra = dbl.density();
        double[] rb = sgl.density();
        double rhoScale = 0;
        double rhoDiff = 0;
        for (int i = 0; i < ra.length; i++) {
            rhoScale = Math.max(rhoScale, Math.abs(ra[i] - rho0[i]));
            rhoDiff = Math.max(rhoDiff, Math.abs(ra[i] - rb[i]));
        }
        assertTrue(rhoDiff < 1e-5 * rhoScale, "the density's change agrees: " + rhoDiff
                / rhoScale);
    }

    /**
     * Under single precision the checkpoint holds {@code ĝ3} as its floats (no widened copy),
     * and a run resumed from it reproduces the uninterrupted run bit for bit: the density at the
     * last output and the final {@code ĝ3}. A checkpoint of the older layout (file format 2:
     * the floats widened to doubles under the same name) resumes to the same bits.
     */
    @Test
    void singleCheckpointHoldsFloatsAndResumesBitForBit() {
        double[] times = {0, 1, 2};
        Problem p = threePoint(times);
        Map<String, Object> single = ThreePointLayerTest.params("g3_precision", "single");
        Runs.Recorder full = new Runs.Recorder(times);
        Runs.solver(single).run(p, full);
        Runs.Recorder first = new Runs.Recorder(times, null, 2);
        assertThrows(Runs.Interrupted.class, () -> Runs.solver(single).run(p, first));
        Checkpoint saved = first.checkpoints.get(1);
        assertEquals(Set.of(HierarchySolver.G3_SINGLE), saved.singles().keySet());
        assertFalse(saved.arrays().containsKey(HierarchySolver.G3_SINGLE), "not widened");
        assertFalse(saved.arrays().containsKey(HierarchySolver.G3_DOUBLE));

        Map<String, double[]> widened = new LinkedHashMap<>(saved.arrays());
        float[] floats = saved.single(HierarchySolver.G3_SINGLE);
        double[] asDoubles = new double[floats.length];
        for (int k = 0; k < floats.length; k++) {
            asDoubles[k] = floats[k];
        }
        widened.put(HierarchySolver.G3_SINGLE, asDoubles);
        Checkpoint older = new Checkpoint(saved.type(), saved.version(), saved.time(),
                saved.outputsDone(), widened);
        float[] end = full.checkpoints.get(2).single(HierarchySolver.G3_SINGLE);
        for (Checkpoint from : List.of(saved, older)) {
            Runs.Recorder rest = new Runs.Recorder(times, from, Integer.MAX_VALUE);
            Runs.solver(single).run(p, rest);
            assertArrayEquals(full.state(2).density(), rest.state(0).density(), 0);
            assertArrayEquals(end, rest.checkpoints.get(0).single(HierarchySolver.G3_SINGLE));
        }
        assertTrue(Arrays.stream(asDoubles).anyMatch(x -> x != 0), "g3 was built");
    }

    /** The three-point layer on the two lumps, 20 rapidities. */
    private static Problem threePoint(double[] times) {
        return new Problem(Runs.lumps(Runs.rods(1, 5, 20), ThreePointLayerTest.BETA),
                List.of(Runs.powerLaw(4, 20)), Runs.truncation("three-point"), times);
    }

    /** A checkpoint of one precision does not resume under the other: a clear error. */
    @Test
    void refusesToResumeWithAnotherPrecision() {
        double[] times = {0, 1, 2};
        Problem p = threePoint(times);
        for (String[] pair : new String[][] {{"single", "double"}, {"double", "single"}}) {
            Runs.Recorder first = new Runs.Recorder(times, null, 2);
            assertThrows(Runs.Interrupted.class, () -> Runs.solver(ThreePointLayerTest.params(
                    "g3_precision", pair[0])).run(p, first));
            Runs.Recorder rest = new Runs.Recorder(times, first.checkpoints.get(1),
                    Integer.MAX_VALUE);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Runs
                    .solver(ThreePointLayerTest.params("g3_precision", pair[1])).run(p, rest));
            assertTrue(e.getMessage().startsWith("solver.g3_precision"), e.getMessage());
            assertTrue(e.getMessage().contains(pair[0]), e.getMessage());
            // and it resumes under its own precision
            Runs.Recorder same = new Runs.Recorder(times, first.checkpoints.get(1),
                    Integer.MAX_VALUE);
            Runs.solver(ThreePointLayerTest.params("g3_precision", pair[0])).run(p, same);
            assertEquals(times[2], same.snapshots.get(same.snapshots.size() - 1).time(), 1e-12);
        }
    }
}
