package org.rapidity.solvers.hierarchy;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

/**
 * Dense kernels of the hierarchy on a batch of {@code Nz} square {@code N × N} matrices stored
 * one after the other, row-major ({@code a[(m N + i) N + j]} = element {@code (i, j)} of matrix
 * {@code m}). The left products are where the two-point layer spends its time ({@code O(N³ Nz)}
 * per product); they run in parallel over {@code m}, with a loop order ({@code i, k, j}) whose
 * inner loop the JIT vectorises.
 */
final class Batch {

    private Batch() {
    }

    /**
     * {@code out[r, col] = Σ_i W[r, i] in[i, col]} for rows {@code r >= firstRow}: {@code W} is
     * {@code rows × inner} row-major, {@code in} an {@code inner × cols} block at
     * {@code inOffset}, {@code out} a {@code rows × cols} block at {@code outOffset} (rows below
     * {@code firstRow} untouched). Blocked in chunks of 256 columns, in parallel over them: each
     * chunk of {@code in} is read once while the rows of {@code out} it feeds stay in cache (the
     * plain row-by-row order streams all of {@code in} once per row).
     */
    static void blockedProduct(double[] w, int rows, int inner, double[] in, int inOffset,
            int cols, double[] out, int outOffset, int firstRow) {
        int chunk = 256;
        int blocks = (cols + chunk - 1) / chunk;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int c0 = block * chunk;
            int len = Math.min(chunk, cols - c0);
            double[] acc = new double[rows * len];
            for (int i = 0; i < inner; i++) {
                int src = inOffset + i * cols + c0;
                for (int r = firstRow; r < rows; r++) {
                    double a = w[r * inner + i];
                    if (a == 0) {
                        continue;
                    }
                    int dst = r * len;
                    for (int k = 0; k < len; k++) {
                        acc[dst + k] += a * in[src + k];
                    }
                }
            }
            for (int r = firstRow; r < rows; r++) {
                System.arraycopy(acc, r * len, out, outOffset + r * cols + c0, len);
            }
        });
    }

    /**
     * {@code out_m = W_m} for the stacked left factor {@code W = [W_0 … W_{p-1}]} ({@code N × pN},
     * row-major) and right factors {@code x^(0) … x^(p-1)}: {@code out_m = Σ_q W_q x^(q)_m}.
     *
     * @param w {@code N × pN} row-major
     * @param xs the {@code p} batches of right factors
     * @param out the batch of results (overwritten)
     */
    static void leftMultiply(double[] w, double[][] xs, int n, int nz, double[] out) {
        int p = xs.length;
        IntStream.range(0, nz).parallel().forEach(m -> {
            int base = m * n * n;
            java.util.Arrays.fill(out, base, base + n * n, 0);
            for (int i = 0; i < n; i++) {
                int row = base + i * n;
                int wrow = i * p * n;
                for (int q = 0; q < p; q++) {
                    double[] x = xs[q];
                    for (int k = 0; k < n; k++) {
                        double a = w[wrow + q * n + k];
                        if (a == 0) {
                            continue;
                        }
                        int xrow = base + k * n;
                        for (int j = 0; j < n; j++) {
                            out[row + j] += a * x[xrow + j];
                        }
                    }
                }
            }
        });
    }

    /** {@code out_m = W x_m} for one {@code N × N} matrix {@code W}. */
    static void leftMultiply(DMatrixRMaj w, double[] x, int n, int nz, double[] out) {
        leftMultiply(w.data, new double[][] {x}, n, nz, out);
    }

    /** Row-major {@code N × pN} matrix {@code [W_0 … W_{p-1}]} from {@code N × N} blocks. */
    static double[] stack(DMatrixRMaj... blocks) {
        int n = blocks[0].numRows;
        int p = blocks.length;
        double[] w = new double[n * p * n];
        for (int q = 0; q < p; q++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(blocks[q].data, i * n, w, i * p * n + q * n, n);
            }
        }
        return w;
    }

    /** Whether every element is zero (a product with it can be skipped). */
    static boolean isZero(DMatrixRMaj a) {
        for (double x : a.data) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the matrix is exactly the identity. */
    static boolean isIdentity(DMatrixRMaj a) {
        int n = a.numRows;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (a.data[i * n + j] != (i == j ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Pairs {@code (i, j)} per task in the spectral sweeps over the separations. */
    private static final int PAIR_CHUNK = 8;

    /** A task over the pairs {@code p0 … p0 + width - 1} (pair {@code p = i N + j}). */
    @FunctionalInterface
    interface PairChunk {
        void run(int p0, int width);
    }

    /** Runs {@code body} over all {@code nn = N²} pairs in chunks of {@link #PAIR_CHUNK}, in parallel. */
    static void forPairChunks(int nn, PairChunk body) {
        int chunks = (nn + PAIR_CHUNK - 1) / PAIR_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int p0 = c * PAIR_CHUNK;
            body.run(p0, Math.min(PAIR_CHUNK, nn - p0));
        });
    }

    /**
     * The separation profiles of pairs {@code p0 … p0 + width - 1}, from the batch layout
     * {@code a[m N² + p]} to {@code buf[off + b Nz + m]} ({@code p = p0 + b}).
     */
    static void gatherPairs(double[] a, int nn, int nz, int p0, int width, double[] buf,
            int off) {
        for (int m = 0; m < nz; m++) {
            int src = m * nn + p0;
            for (int b = 0; b < width; b++) {
                buf[off + b * nz + m] = a[src + b];
            }
        }
    }

    /** The inverse of {@link #gatherPairs} (offset 0): {@code a[m N² + p0 + b] = buf[b Nz + m]}. */
    static void scatterPairs(double[] buf, int nn, int nz, int p0, int width, double[] a) {
        for (int m = 0; m < nz; m++) {
            int dst = m * nn + p0;
            for (int b = 0; b < width; b++) {
                a[dst + b] = buf[b * nz + m];
            }
        }
    }
}
