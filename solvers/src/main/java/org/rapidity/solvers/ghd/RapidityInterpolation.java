package org.rapidity.solvers.ghd;

/**
 * A homogeneous filling at a rapidity off the grid: cubic Lagrange on the species' four nearest
 * nodes, limited to the range of those values (no new extrema, so it stays in {@code [0, 1]}),
 * zero beyond the rapidity window (as {@link PhaseSpaceInterpolation} for fillings).
 */
final class RapidityInterpolation {

    private RapidityInterpolation() {
    }

    /**
     * @param f fillings on all modes
     * @param offset first mode of the species
     * @param t the species' nodes, increasing
     * @param theta where
     */
    static double filling(double[] f, int offset, double[] t, double theta) {
        int m = t.length;
        if (theta < t[0] - 0.5 * (t[1] - t[0]) || theta > t[m - 1] + 0.5 * (t[m - 1]
                - t[m - 2])) {
            return 0;
        }
        int j = 0;
        while (j < m - 2 && t[j + 1] <= theta) {
            j++;
        }
        int first = Math.max(0, Math.min(m - 4, j - 1));
        int last = Math.min(m - 1, first + 3);
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int q = first; q <= last; q++) {
            double l = 1;
            for (int r = first; r <= last; r++) {
                if (r != q) {
                    l *= (theta - t[r]) / (t[q] - t[r]);
                }
            }
            double v = f[offset + q];
            sum += l * v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return Math.max(lo, Math.min(hi, sum));
    }
}
