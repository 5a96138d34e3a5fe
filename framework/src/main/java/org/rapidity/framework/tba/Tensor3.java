package org.rapidity.framework.tba;

/**
 * A dense rank-3 tensor {@code X[i][j][k]} over {@code N} modes, stored contiguously with the
 * last index fastest: {@code data[(i N + j) N + k]}. For the TBA tensors the first two indices
 * are the lower ones and the third the upper one, as in {@code C^{θ3}_{θ1θ2}} → {@code get(θ1,
 * θ2, θ3)} and {@code H_θ^{αβ}} → {@code get(θ, α, β)}; every index but the first carries its
 * quadrature weight (see {@link ModeSpace}). Immutable once handed out.
 */
public final class Tensor3 {
    private final int n;
    private final double[] data;

    Tensor3(int n, double[] data) {
        if (data.length != (long) n * n * n) {
            throw new IllegalArgumentException("need " + n + "^3 values, got " + data.length);
        }
        this.n = n;
        this.data = data;
    }

    /** Number of modes per index. */
    public int size() {
        return n;
    }

    /** Element {@code X[i][j][k]}. */
    public double get(int i, int j, int k) {
        return data[(i * n + j) * n + k];
    }

    /** Largest absolute element. */
    public double maxAbs() {
        double m = 0;
        for (double x : data) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** A copy of the data, layout {@code (i N + j) N + k}. */
    public double[] toArray() {
        return data.clone();
    }
}
