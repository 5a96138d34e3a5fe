package org.rapidity.models.liebliniger;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The scattering-shift matrix {@code K_ij = T_{a_i b_j}(θ_i - θ_j)} of a mode space of Bethe
 * strings, as {@link StringDressing} multiplies with it. The string kernels (S5)-(S6) depend on
 * the rapidity difference only, so on a shared uniform grid ({@link
 * ModeSpace#isSharedUniformGrid}) each pair of strings {@code (a, b)} is a Toeplitz block: the
 * 1728 × 1728 matrix of 48 strings × 36 nodes (24 MB) is {@code 48² × 71} values (1.3 MB), read
 * from the matrix itself and used only where they equal it bit for bit (else the dense matrix
 * is read). Products sum every row in the order of its columns with one running sum, as the
 * plain row loop does, so the results are bit-identical to it; four rows are summed side by side
 * (independent additions the processor overlaps) and the block values stay in cache instead of
 * streaming the dense matrix. Also keeps {@code max_j |K_ij|} per row, which the choice of
 * occupied modes reads for every state. Built once per mode space (the ramp makes a new one per
 * step) and shared by its cells.
 */
final class StringKernel {

    private static final Map<ModeSpace, StringKernel> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Columns below this fraction of the largest are left out of {@link #shift}. */
    private static final double NEGLIGIBLE = 1e-17;

    private final int size;
    private final double[] dense;
    /** {@code table[((a S + b)(2M - 1)) + d + M - 1] = T_ab(θ_{k+d} - θ_k)}, or null. */
    private final double[] table;
    private final int species;
    private final int nodes;
    private final int[] speciesOf;
    private final int[] nodeOf;
    private final double[] rowMax;
    private final int[] all;
    private final int[] allColumns;

    private StringKernel(ModeSpace space) {
        this.size = space.size();
        this.dense = space.kernel().data;
        this.species = space.speciesCount();
        this.speciesOf = new int[size];
        this.nodeOf = new int[size];
        this.all = new int[size];
        for (int i = 0; i < size; i++) {
            speciesOf[i] = space.species(i);
            nodeOf[i] = i - space.offset(speciesOf[i]);
            all[i] = i;
        }
        this.nodes = space.grid(0).size();
        this.table = space.model().isDifferenceKernel() && space.isSharedUniformGrid()
                ? toeplitz() : null;
        this.allColumns = columns(all);
        this.rowMax = new double[size];
        for (int i = 0; i < size; i++) {
            double max = 0;
            for (int j = 0; j < size; j++) {
                max = Math.max(max, Math.abs(dense[i * size + j]));
            }
            rowMax[i] = max;
        }
    }

    /** The kernel of {@code space}, built on first use. */
    static StringKernel of(ModeSpace space) {
        return CACHE.computeIfAbsent(space, StringKernel::new);
    }

    /** The Toeplitz blocks if the dense matrix is exactly made of them, else null. */
    private double[] toeplitz() {
        int w = 2 * nodes - 1;
        double[] t = new double[species * species * w];
        for (int a = 0; a < species; a++) {
            for (int b = 0; b < species; b++) {
                for (int d = -(nodes - 1); d < nodes; d++) {
                    int i = a * nodes + Math.max(d, 0);
                    int j = b * nodes + Math.max(-d, 0);
                    t[(a * species + b) * w + d + nodes - 1] = dense[i * size + j];
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                if (Double.doubleToRawLongBits(dense[i * size + j]) != Double.doubleToRawLongBits(
                        t[base(i, j)])) {
                    return null;
                }
            }
        }
        return t;
    }

    private int base(int i, int j) {
        return (speciesOf[i] * species + speciesOf[j]) * (2 * nodes - 1) + nodeOf[i] - nodeOf[j]
                + nodes - 1;
    }

    /** Whether the products read the Toeplitz blocks (else the dense matrix). */
    boolean isToeplitz() {
        return table != null;
    }

    /** {@code K_ij}. */
    double entry(int i, int j) {
        return table != null ? table[base(i, j)] : dense[i * size + j];
    }

    /** {@code max_j |K_ij|} (of column {@code i} as well: K is symmetric). */
    double rowMax(int i) {
        return rowMax[i];
    }

    /** All modes, in order. */
    int[] all() {
        return all;
    }

    /** The {@link #columns} parts of all modes. */
    int[] allColumns() {
        return allColumns;
    }

    /**
     * The column parts of the modes {@code modes}: {@code K_ij} is element {@code row(i) +
     * column(j)} of the array the products read ({@code i N + j} of the dense matrix;
     * {@code (a S + b)(2M - 1) + k - k' + M - 1} of the blocks, for mode {@code i} = node
     * {@code k} of string {@code a} and {@code j} = node {@code k'} of string {@code b}).
     */
    int[] columns(int[] modes) {
        int[] out = new int[modes.length];
        for (int c = 0; c < modes.length; c++) {
            int j = modes[c];
            out[c] = table != null ? speciesOf[j] * (2 * nodes - 1) - nodeOf[j] : j;
        }
        return out;
    }

    /** The row part of mode {@code i} (see {@link #columns}). */
    private int row(int i) {
        return table != null ? speciesOf[i] * species * (2 * nodes - 1) + nodeOf[i] + nodes - 1
                : i * size;
    }

    /**
     * {@code (T f)_i = Σ_j K_ij w_j f_j} summed over the columns whose largest term
     * {@code max_i|K_ij| w_j |f_j|} reaches {@code 10⁻¹⁷} of the largest column's (the rest add
     * less than {@code N · 10⁻¹⁷} of it together: rounding), in the order of the columns.
     */
    double[] shift(ModeSpace space, double[] f) {
        double[] x = new double[size];
        double largest = 0;
        for (int j = 0; j < size; j++) {
            x[j] = space.weight(j) * f[j];
            largest = Math.max(largest, rowMax[j] * Math.abs(x[j]));
        }
        int[] modes = new int[size];
        int m = 0;
        for (int j = 0; j < size; j++) {
            if (x[j] != 0 && rowMax[j] * Math.abs(x[j]) >= NEGLIGIBLE * largest) {
                modes[m] = j;
                x[m++] = x[j];
            }
        }
        double[] out = new double[size];
        multiply(all, columns(java.util.Arrays.copyOf(modes, m)), java.util.Arrays.copyOf(x, m),
                out);
        return out;
    }

    /**
     * {@code out[r] = Σ_c K(rows[r], j_c) x[c]}, the columns {@code j_c} given by their
     * {@link #columns} parts, each row summed in the order of {@code c} from zero.
     */
    void multiply(int[] rows, int[] columns, double[] x, double[] out) {
        double[] k = table != null ? table : dense;
        int m = columns.length;
        int r = 0;
        for (; r + 3 < rows.length; r += 4) {
            int b0 = row(rows[r]);
            int b1 = row(rows[r + 1]);
            int b2 = row(rows[r + 2]);
            int b3 = row(rows[r + 3]);
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int c = 0; c < m; c++) {
                int o = columns[c];
                double xc = x[c];
                s0 += k[b0 + o] * xc;
                s1 += k[b1 + o] * xc;
                s2 += k[b2 + o] * xc;
                s3 += k[b3 + o] * xc;
            }
            out[r] = s0;
            out[r + 1] = s1;
            out[r + 2] = s2;
            out[r + 3] = s3;
        }
        for (; r < rows.length; r++) {
            int b = row(rows[r]);
            double s = 0;
            for (int c = 0; c < m; c++) {
                s += k[b + columns[c]] * x[c];
            }
            out[r] = s;
        }
    }
}
