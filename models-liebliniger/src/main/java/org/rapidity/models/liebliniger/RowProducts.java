package org.rapidity.models.liebliniger;

/**
 * The product of a dense mode-by-mode matrix (a scattering phase or its coupling derivative,
 * {@code n × n}) with a weighted density {@code wr_j = w_j ρ_j}, as the counting function
 * {@code Z = p/2π + Σ_j Θ_ij w_j ρ_j} and its coupling derivative need it: the columns of empty
 * modes skipped, four rows summed side by side (the processor overlaps their additions), each
 * row in the order of its columns, so the result is bit-identical to the plain row loop.
 */
final class RowProducts {

    private RowProducts() {
    }

    /**
     * {@code dz_i += Σ_j phase_ij wr_j} ({@code phase} row-major, {@code n × n}) over the
     * {@code j} with {@code wr_j ≠ 0}, each row summed in the order of {@code j} starting from
     * {@code dz_i}, exactly as one row loop does; four rows side by side.
     */
    static void addTo(double[] phase, double[] wr, double[] dz) {
        int n = dz.length;
        int[] nz = java.util.stream.IntStream.range(0, n).filter(j -> wr[j] != 0).toArray();
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double s0 = dz[i];
            double s1 = dz[i + 1];
            double s2 = dz[i + 2];
            double s3 = dz[i + 3];
            int row = i * n;
            for (int j : nz) {
                double w = wr[j];
                s0 += phase[row + j] * w;
                s1 += phase[row + n + j] * w;
                s2 += phase[row + 2 * n + j] * w;
                s3 += phase[row + 3 * n + j] * w;
            }
            dz[i] = s0;
            dz[i + 1] = s1;
            dz[i + 2] = s2;
            dz[i + 3] = s3;
        }
        for (; i < n; i++) {
            double s = dz[i];
            int row = i * n;
            for (int j : nz) {
                s += phase[row + j] * wr[j];
            }
            dz[i] = s;
        }
    }

}
