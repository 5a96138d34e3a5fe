package org.rapidity.solvers.ghd;

import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The dressing {@code h^dr = (1 - T n)^{-1} h} of one cell's state (gBBGKY paper eq. (36)) by
 * conjugate gradients instead of a dense factorisation, for models whose dressing is the
 * generic one ({@link KernelDressing}). With kernel {@code K}, {@code D = (W n)^{1/2}} and the
 * symmetrised operator {@code B = 1 - D K D} of {@link KernelDressing},
 * <pre>
 *   h^dr = h + K D y,   B y = D h;        (1 - nT)^{-1} g = W^{-1}(u + D z),  B z = D K u,  u = W g.
 * </pre>
 * {@code B} is symmetric positive definite (the generic dressing's Cholesky path) and, the
 * kernel being compact, its spectrum clusters at 1: conjugate gradients reach a relative
 * residual of {@value #TOLERANCE} in 5–7 iterations for thermal Lieb-Liniger states on 121 or
 * 241 nodes (measured 2026-12-06), each one {@code O(M²)} product with {@code K} against the
 * {@code M³/3} of a factorisation. Always started from zero, so the result depends on the
 * filling alone (a warm start from the previous step saved at most one iteration, measured,
 * and would make a resumed run differ from the uninterrupted one in the last bits). If the
 * iteration does not converge within {@value #MAX_ITERATIONS} iterations, or meets a direction
 * of non-positive curvature, the dense dressing of the filling answers instead; the operator
 * matrices ({@link #inverse()}, {@link #inverseTransposed()}: {@code C}, {@code A}, {@code 𝔇})
 * come from the dense dressing, factored on first use.
 */
final class CellDressing implements Dressing {
    /** Relative residual {@code |B y - D h| ≤ TOLERANCE |D h|} at which the iteration stops. */
    static final double TOLERANCE = 1e-14;
    static final int MAX_ITERATIONS = 60;

    private final ModeSpace space;
    private final double[] filling;
    private final int size;
    private final double[] kernel;
    private final double[] weight;
    private final double[] sqrtP;
    private volatile Dressing dense;

    CellDressing(ModeSpace space, double[] filling) {
        this.space = space;
        this.filling = filling.clone();
        this.size = space.size();
        this.kernel = space.kernel().data;
        this.weight = space.weights();
        this.sqrtP = new double[size];
        for (int i = 0; i < size; i++) {
            if (!(filling[i] >= 0) || !Double.isFinite(filling[i])) {
                throw new IllegalArgumentException("filling must be finite and >= 0, got "
                        + filling[i] + " at mode " + i);
            }
            sqrtP[i] = Math.sqrt(weight[i] * filling[i]);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] dress(double[] h) {
        double[] b = new double[size];
        for (int i = 0; i < size; i++) {
            b[i] = sqrtP[i] * h[i];
        }
        double[] y = solveB(b);
        if (y == null) {
            return dense().dress(h);
        }
        for (int i = 0; i < size; i++) {
            y[i] *= sqrtP[i];
        }
        double[] out = kernelTimes(y);
        for (int i = 0; i < size; i++) {
            out[i] += h[i];
        }
        return out;
    }

    @Override
    public double[] applyInverseTransposed(double[] g) {
        double[] u = new double[size];
        for (int i = 0; i < size; i++) {
            u[i] = weight[i] * g[i];
        }
        double[] b = kernelTimes(u);
        for (int i = 0; i < size; i++) {
            b[i] *= sqrtP[i];
        }
        double[] z = solveB(b);
        if (z == null) {
            return dense().applyInverseTransposed(g);
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = (u[i] + sqrtP[i] * z[i]) / weight[i];
        }
        return out;
    }

    @Override
    public DMatrixRMaj inverse() {
        return dense().inverse();
    }

    @Override
    public DMatrixRMaj inverseTransposed() {
        return dense().inverseTransposed();
    }

    /** The model's own (dense) dressing of the filling, factored on first use. */
    private Dressing dense() {
        Dressing d = dense;
        if (d == null) {
            synchronized (this) {
                d = dense;
                if (d == null) {
                    d = space.model().dressing(space, filling);
                    dense = d;
                }
            }
        }
        return d;
    }

    /** {@code B^{-1} b} by conjugate gradients from zero; null if it does not converge. */
    private double[] solveB(double[] b) {
        double[] y = new double[size];
        double bb = dot(b, b);
        if (bb == 0) {
            return y;
        }
        double[] r = b.clone();
        double[] p = b.clone();
        double[] ap = new double[size];
        double[] dp = new double[size];
        double rr = bb;
        double stop = TOLERANCE * TOLERANCE * bb;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            // ap = B p = p - D K D p
            for (int j = 0; j < size; j++) {
                dp[j] = sqrtP[j] * p[j];
            }
            for (int i = 0; i < size; i++) {
                ap[i] = p[i] - sqrtP[i] * rowTimes(i, dp);
            }
            double pap = dot(p, ap);
            if (!(pap > 0)) {
                return null;
            }
            double alpha = rr / pap;
            for (int i = 0; i < size; i++) {
                y[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }
            double next = dot(r, r);
            if (next <= stop) {
                return y;
            }
            double beta = next / rr;
            for (int i = 0; i < size; i++) {
                p[i] = r[i] + beta * p[i];
            }
            rr = next;
        }
        return null;
    }

    private double[] kernelTimes(double[] x) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = rowTimes(i, x);
        }
        return out;
    }

    /**
     * {@code Σ_j K_ij x_j} with four partial sums (independent additions, which the processor
     * overlaps; one running sum waits for each addition before the next).
     */
    private double rowTimes(int i, double[] x) {
        int row = i * size;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < size; j += 4) {
            s0 += kernel[row + j] * x[j];
            s1 += kernel[row + j + 1] * x[j + 1];
            s2 += kernel[row + j + 2] * x[j + 2];
            s3 += kernel[row + j + 3] * x[j + 3];
        }
        for (; j < size; j++) {
            s0 += kernel[row + j] * x[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
