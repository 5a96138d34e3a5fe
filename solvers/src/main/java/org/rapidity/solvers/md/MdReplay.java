package org.rapidity.solvers.md;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.framework.evolution.Evolution;
import org.rapidity.framework.spi.Checkpoint;
import org.rapidity.framework.spi.Snapshot;

/**
 * An ensemble split into work units, put together again: the block sums that the units measured
 * at every output time (each unit ran a range of blocks, {@code solver.first-block} and
 * {@code solver.block-count}) are combined in block order, checked as the whole ensemble would
 * be, and turned into the same snapshots — so the outputs are bit for bit those of the ensemble
 * run in one piece (sample {@code s} draws from the {@code s}-th split of the seed whatever unit
 * runs it, and block sums are formed in sample order). The runner hands the sums over as a
 * checkpoint ({@link #ARRAY}); a combination interrupted half-way resumes from its own
 * checkpoints.
 */
final class MdReplay implements Evolution {

    /** The checkpoint array of the block sums: output-major, then block, then the sums. */
    static final String ARRAY = "replay";
    /** The checkpoint array {@code [outputs, blocks, cells, bins]}. */
    static final String SHAPE = "replay-shape";

    private final MdEnsemble ensemble;
    private final double[] sums;
    private final int outputs;
    private final int blocks;
    private final int cells;
    private final int bins;
    private int next;
    private double time;

    MdReplay(MdEnsemble ensemble, Checkpoint saved) {
        this.ensemble = ensemble;
        double[] shape = saved.array(SHAPE);
        this.sums = saved.array(ARRAY);
        this.outputs = (int) shape[0];
        this.blocks = (int) shape[1];
        this.cells = (int) shape[2];
        this.bins = (int) shape[3];
        if (blocks != ensemble.blocks() || cells != ensemble.cells() || bins != ensemble.bins()
                || sums.length != outputs * blocks * BlockSums.length(cells, bins)) {
            throw new IllegalStateException("block sums of shape " + java.util.Arrays.toString(
                    shape) + " do not fit this ensemble (" + ensemble.blocks() + " blocks, "
                    + ensemble.cells() + " cells, " + ensemble.bins() + " bins)");
        }
        this.next = saved.outputsDone();
        this.time = saved.time();
    }

    @Override
    public double time() {
        return time;
    }

    @Override
    public void advance(double until, Interval interval) {
        time = until;
        interval.progress(until);
    }

    @Override
    public Snapshot snapshot() {
        if (next >= outputs) {
            throw new IllegalStateException("the work units measured " + outputs + " outputs;"
                    + " output " + (next + 1) + " was asked for");
        }
        int one = BlockSums.length(cells, bins);
        List<BlockSums> list = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            list.add(BlockSums.read(sums, (next * blocks + b) * one, cells, bins));
        }
        ensemble.check(list, time); // as the whole ensemble checks every output
        next++;
        return ensemble.snapshotOf(time, list);
    }

    @Override
    public Map<String, double[]> save() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put(SHAPE, new double[] {outputs, blocks, cells, bins});
        arrays.put(ARRAY, sums);
        return arrays;
    }
}
