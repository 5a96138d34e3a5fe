package org.rapidity.solvers.md;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapidity.framework.spi.Checkpoint;

/**
 * The state of every sample of an {@link MdEnsemble} between two outputs, and its checkpoint
 * layout: positions and velocities (sample {@code s} at {@code [s·N, (s+1)·N)}), each sample's
 * initial energy and momentum with their scales (the conservation checks), its accumulated
 * collisions and skipped corrections, and which blocks already reached the next output. Forces
 * are not stored: they are recomputed from positions when a sample is loaded.
 *
 * <p>The checkpoint holds the arrays under their names below, with {@code shape} = {@code [S, N,
 * B]} to refuse a checkpoint of another ensemble.
 */
final class SampleStates {

    final int samples;
    final int n;
    final int blocks;
    /** Positions of every sample's rods, {@code S·N} (length). */
    final double[] x;
    /** Velocities of every sample's rods, {@code S·N} (velocity). */
    final double[] v;
    /** Initial energy of each sample, and the scale its drift is measured against. */
    final double[] energy0;
    final double[] energyScale;
    /** Initial momentum of each sample, and the scale its drift is measured against. */
    final double[] momentum0;
    final double[] momentumScale;
    /** Collisions and skipped corrections of each sample so far. */
    final double[] collisions;
    final double[] skipped;
    /** Blocks that reached the next output before an interruption. */
    final boolean[] advanced;

    SampleStates(int samples, int n, int blocks) {
        this.samples = samples;
        this.n = n;
        this.blocks = blocks;
        x = new double[samples * n];
        v = new double[samples * n];
        energy0 = new double[samples];
        energyScale = new double[samples];
        momentum0 = new double[samples];
        momentumScale = new double[samples];
        collisions = new double[samples];
        skipped = new double[samples];
        advanced = new boolean[blocks];
    }

    /** The named arrays of a checkpoint. */
    Map<String, double[]> save() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("shape", new double[] {samples, n, blocks});
        arrays.put("x", x);
        arrays.put("v", v);
        arrays.put("energy0", energy0);
        arrays.put("energyScale", energyScale);
        arrays.put("momentum0", momentum0);
        arrays.put("momentumScale", momentumScale);
        arrays.put("collisions", collisions);
        arrays.put("skipped", skipped);
        double[] adv = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            adv[b] = advanced[b] ? 1 : 0;
        }
        arrays.put("advanced", adv);
        return arrays;
    }

    /**
     * Loads the arrays of a checkpoint ({@link #save()}).
     *
     * @throws IllegalStateException if it holds another ensemble's shape
     */
    void restore(Checkpoint c) {
        double[] shape = c.array("shape");
        if (shape.length != 3 || shape[0] != samples || shape[1] != n || shape[2] != blocks) {
            throw new IllegalStateException("checkpoint of " + Arrays.toString(shape)
                    + " (samples, rods, blocks) does not fit this run");
        }
        copy(c.array("x"), x);
        copy(c.array("v"), v);
        copy(c.array("energy0"), energy0);
        copy(c.array("energyScale"), energyScale);
        copy(c.array("momentum0"), momentum0);
        copy(c.array("momentumScale"), momentumScale);
        copy(c.array("collisions"), collisions);
        copy(c.array("skipped"), skipped);
        double[] adv = c.array("advanced");
        for (int b = 0; b < blocks; b++) {
            advanced[b] = adv[b] != 0;
        }
    }

    private static void copy(double[] from, double[] to) {
        if (from.length != to.length) {
            throw new IllegalStateException("checkpoint array of length " + from.length
                    + " where " + to.length + " was expected");
        }
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
