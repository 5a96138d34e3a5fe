package org.rapidity.solvers.md;

import java.util.List;

/**
 * Sums over the samples of one block (a batch of samples that is advanced, measured and
 * checkpointed together, and left out as a whole by one jackknife replica) at one output time.
 * Sums are formed sample by sample in sample order, so they do not depend on the number of
 * threads.
 */
final class BlockSums {

    /** Number of samples summed. */
    double samples;
    /** Velocity counts per rapidity cell. */
    final double[] cells;
    /** Velocities outside the rapidity grid. */
    double outside;
    /** {@code Σ v^k}, {@code k = 1 … 4}, over all particles. */
    double sumV;
    double sumV2;
    double sumV3;
    double sumV4;
    /** {@code Σ_samples Σ_{i<j} U(r_ij)}. */
    double potential;
    /** Pair sums {@code Σ v_i^α v_j^β} per separation bin, index {@code (3α + β) bins + k}. */
    final double[] pairs;
    /** Largest relative energy and momentum drift of a sample since t = 0. */
    double energyDrift;
    double momentumDrift;
    /** Collisions since t = 0, and collision corrections skipped. */
    double collisions;
    double skipped;

    BlockSums(int cells, int bins) {
        this.cells = new double[cells];
        this.pairs = new double[9 * bins];
    }

    /** Length of {@link #toArray()}: the counts, eleven scalars, the cells and the pair sums. */
    static int length(int cells, int bins) {
        return 11 + cells + 9 * bins;
    }

    /**
     * The sums as one array (every number exactly), for a block computed by one work unit and
     * combined by another: {@link #read}.
     */
    double[] toArray() {
        double[] a = new double[length(cells.length, pairs.length / 9)];
        a[0] = samples;
        a[1] = outside;
        a[2] = sumV;
        a[3] = sumV2;
        a[4] = sumV3;
        a[5] = sumV4;
        a[6] = potential;
        a[7] = energyDrift;
        a[8] = momentumDrift;
        a[9] = collisions;
        a[10] = skipped;
        System.arraycopy(cells, 0, a, 11, cells.length);
        System.arraycopy(pairs, 0, a, 11 + cells.length, pairs.length);
        return a;
    }

    /** The sums of {@link #toArray()} stored in {@code a} from {@code offset}. */
    static BlockSums read(double[] a, int offset, int cells, int bins) {
        BlockSums s = new BlockSums(cells, bins);
        s.samples = a[offset];
        s.outside = a[offset + 1];
        s.sumV = a[offset + 2];
        s.sumV2 = a[offset + 3];
        s.sumV3 = a[offset + 4];
        s.sumV4 = a[offset + 5];
        s.potential = a[offset + 6];
        s.energyDrift = a[offset + 7];
        s.momentumDrift = a[offset + 8];
        s.collisions = a[offset + 9];
        s.skipped = a[offset + 10];
        System.arraycopy(a, offset + 11, s.cells, 0, cells);
        System.arraycopy(a, offset + 11 + cells, s.pairs, 0, 9 * bins);
        return s;
    }

    /** The sum of all blocks but {@code left} ({@code -1}: all), in block order. */
    static BlockSums combine(List<BlockSums> blocks, int left) {
        BlockSums first = blocks.get(0);
        BlockSums s = new BlockSums(first.cells.length, first.pairs.length / 9);
        for (int b = 0; b < blocks.size(); b++) {
            if (b == left) {
                continue;
            }
            BlockSums o = blocks.get(b);
            s.samples += o.samples;
            for (int i = 0; i < s.cells.length; i++) {
                s.cells[i] += o.cells[i];
            }
            s.outside += o.outside;
            s.sumV += o.sumV;
            s.sumV2 += o.sumV2;
            s.sumV3 += o.sumV3;
            s.sumV4 += o.sumV4;
            s.potential += o.potential;
            for (int i = 0; i < s.pairs.length; i++) {
                s.pairs[i] += o.pairs[i];
            }
            s.energyDrift = Math.max(s.energyDrift, o.energyDrift);
            s.momentumDrift = Math.max(s.momentumDrift, o.momentumDrift);
            s.collisions += o.collisions;
            s.skipped += o.skipped;
        }
        return s;
    }
}
