package org.rapidity.solvers.ghd;

import org.rapidity.framework.tba.ModeSpace;

/**
 * Interpolation of fields on the phase-space grid {@code (x_i, θ_k)} of the GHD solver: cubic
 * Lagrange in {@code x} (uniform cells) times cubic Lagrange in {@code θ} (the species' own
 * nodes, uniform or not), 16 values per point. Fields are {@code field[i][mode]}.
 *
 * <ul>
 *   <li>In {@code x}, beyond the box: periodic wrap, or (open) the end cells' values.</li>
 *   <li>In {@code θ}, beyond the rapidity window: zero for fillings (no quasiparticles outside
 *       the window), the edge values for velocity and force fields.</li>
 *   <li>For fillings the result is limited to the range of its 16 values (no new extrema: a
 *       filling stays within {@code [0, 1]} and a sharp front does not ring; the scheme is then
 *       first order at extrema and at fronts, second order elsewhere).</li>
 *   <li>Exact where the data allow it: at a node in {@code θ} the node's value, and a field
 *       constant in {@code x} over the stencil keeps that value bit for bit (so the unchanged
 *       cells of a reservoir keep their filling exactly, and {@link CellStates} does not dress
 *       them again).</li>
 * </ul>
 */
final class PhaseSpaceInterpolation {

    private final int nx;
    private final double x0;
    private final double dx;
    private final Boundary boundary;
    private final int[] offset;
    private final double[][] nodes;
    private final boolean[] uniform;

    /**
     * @param xFirst centre of the first cell
     * @param dx cell width
     * @param nx number of cells
     * @param boundary boundary condition in x
     * @param space the modes (species, nodes)
     */
    PhaseSpaceInterpolation(double xFirst, double dx, int nx, Boundary boundary,
            ModeSpace space) {
        this.nx = nx;
        this.x0 = xFirst;
        this.dx = dx;
        this.boundary = boundary;
        int s = space.speciesCount();
        this.offset = new int[s];
        this.nodes = new double[s][];
        this.uniform = new boolean[s];
        for (int a = 0; a < s; a++) {
            offset[a] = space.offset(a);
            nodes[a] = space.grid(a).nodes();
            double[] t = nodes[a];
            boolean u = t.length > 2;
            double h = t.length > 1 ? t[1] - t[0] : 1;
            for (int k = 1; k < t.length && u; k++) {
                u = Math.abs(t[k] - t[k - 1] - h) <= 1e-12 * Math.abs(h);
            }
            uniform[a] = u;
        }
    }

    /** Nodes of species {@code a}. */
    double[] nodes(int a) {
        return nodes[a];
    }

    /** Offset of species {@code a} in a mode vector. */
    int offset(int a) {
        return offset[a];
    }

    /** Number of species. */
    int species() {
        return nodes.length;
    }

    /**
     * The field of species {@code a} at {@code (x, θ)}.
     *
     * @param filling true for a filling (zero outside the window, limited), false for a
     *     velocity or force field (edge values outside the window)
     */
    double at(double[][] field, int a, double x, double theta, boolean filling) {
        double[] t = nodes[a];
        int m = t.length;
        if (!filling) {
            theta = Math.max(t[0], Math.min(t[m - 1], theta)); // edge values beyond the window
        }
        // θ stencil
        int j;
        double[] wt = new double[4];
        if (uniform[a]) {
            double h = t[1] - t[0];
            double s = (theta - t[0]) / h;
            if (filling && (s < -2 || s > m + 1)) {
                return 0;
            }
            j = (int) Math.floor(s);
            int near = (int) Math.rint(s);
            if (near >= 0 && near < m && t[near] == theta) { // at a node: its value, exactly
                j = near;
                wt[1] = 1;
            } else {
                cubicUniform(s - j, wt);
            }
        } else {
            if (filling && (theta < t[0] - 2 * (t[1] - t[0])
                    || theta > t[m - 1] + 2 * (t[m - 1] - t[m - 2]))) {
                return 0;
            }
            j = bracket(t, theta);
            double[] xs = new double[4];
            for (int q = 0; q < 4; q++) {
                int k = j - 1 + q;
                xs[q] = k < 0 ? t[0] + k * (t[1] - t[0])
                        : k >= m ? t[m - 1] + (k - m + 1) * (t[m - 1] - t[m - 2]) : t[k];
            }
            for (int q = 0; q < 4; q++) {
                double l = 1;
                for (int r = 0; r < 4; r++) {
                    if (r != q) {
                        l *= (theta - xs[r]) / (xs[q] - xs[r]);
                    }
                }
                wt[q] = l;
            }
        }
        // x stencil
        double sx = (x - x0) / dx;
        int i0 = (int) Math.floor(sx);
        double[] wx = new double[4];
        cubicUniform(sx - i0, wx);
        int off = offset[a];
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] inners = new double[4];
        for (int p = 0; p < 4; p++) {
            double[] row = field[cell(i0 - 1 + p)];
            double inner = 0;
            for (int q = 0; q < 4; q++) {
                int k = j - 1 + q;
                double v;
                if (k < 0) {
                    v = filling ? 0 : row[off];
                } else if (k >= m) {
                    v = filling ? 0 : row[off + m - 1];
                } else {
                    v = row[off + k];
                }
                inner += wt[q] * v;
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
            }
            sum += wx[p] * inner;
            inners[p] = inner;
        }
        if (inners[0] == inners[1] && inners[1] == inners[2] && inners[2] == inners[3]) {
            sum = inners[0]; // constant in x: kept exactly (the weights sum to 1 ± rounding)
        }
        if (filling) {
            sum = Math.max(lo, Math.min(hi, sum));
        }
        return sum;
    }

    /** The cell holding index {@code i} after the boundary condition. */
    int cell(int i) {
        if (boundary == Boundary.PERIODIC) {
            int r = i % nx;
            return r < 0 ? r + nx : r;
        }
        return i < 0 ? 0 : i >= nx ? nx - 1 : i;
    }

    /** Whether {@code x} is periodic. */
    boolean periodic() {
        return boundary == Boundary.PERIODIC;
    }

    /** Wraps a position into the box (periodic) or leaves it (open). */
    double wrap(double x) {
        if (boundary != Boundary.PERIODIC) {
            return x;
        }
        double length = nx * dx;
        double start = x0 - 0.5 * dx;
        double r = (x - start) % length;
        return start + (r < 0 ? r + length : r);
    }

    /** Index {@code j} with {@code t[j] <= x < t[j+1]} (−1 or m−1 beyond the ends). */
    static int bracket(double[] t, double x) {
        int m = t.length;
        if (x < t[0]) {
            return -1;
        }
        if (x >= t[m - 1]) {
            return m - 1;
        }
        int lo = 0;
        int hi = m - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Cubic Lagrange weights of the nodes {@code -1, 0, 1, 2} at {@code 0 <= s < 1}. */
    private static void cubicUniform(double s, double[] w) {
        double sm1 = s - 1;
        double sm2 = s - 2;
        double sp1 = s + 1;
        w[0] = -s * sm1 * sm2 / 6;
        w[1] = sp1 * sm1 * sm2 / 2;
        w[2] = -sp1 * s * sm2 / 2;
        w[3] = sp1 * s * sm1 / 6;
    }
}
