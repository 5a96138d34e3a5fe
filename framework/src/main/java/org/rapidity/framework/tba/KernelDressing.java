package org.rapidity.framework.tba;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * The generic dressing of any model with a symmetric kernel, from the dense kernel matrix.
 *
 * <p>With kernel values {@code K} (symmetric), weights {@code W} and filling {@code N}, the
 * discrete rotation matrix is {@code R = 1 - K P} with {@code P = W N}. For {@code P ≥ 0} it is
 * similar to the symmetric {@code B = 1 - D K D}, {@code D = P^{1/2}}, and
 * <pre>
 *   R^{-1} h = h + K D B^{-1} D h,        (1 - P K)^{-1} g = g + D B^{-1} D K g,
 * </pre>
 * (expand and use {@code D² = P}); no division by {@code D}, so empty modes are fine. {@code B} is
 * positive definite whenever the dressing series converges in the symmetric norm (hard rods, the
 * repulsive Lieb-Liniger gas, fermionic states in general), and then one Cholesky factorisation,
 * half the work of LU, serves every dressing of the state. When {@code B} is not positive
 * definite, or has negative fillings (which only finite-difference derivatives visit), the class
 * falls back to LU of {@code R} (and of {@code R^T} for transposed solves).
 * The operator {@code R^{-t} = (1 - nT)^{-1}} of densities is {@code W^{-1}(1 - PK)^{-1} W}.
 */
public final class KernelDressing implements Dressing {

    private final int size;
    private final DMatrixRMaj kernel;
    private final double[] weight;
    private final double[] sqrtP;
    /** Cholesky solver of B, or null when the LU fallback is used. */
    private final LinearSolverDense<DMatrixRMaj> cholesky;
    /** LU of R (fallback). */
    private final LinearSolverDense<DMatrixRMaj> lu;
    private final DMatrixRMaj rMatrix;
    private volatile LinearSolverDense<DMatrixRMaj> luTransposed;

    private KernelDressing(ModeSpace space, double[] filling, boolean forceLu) {
        this.size = space.size();
        this.kernel = space.kernel();
        this.weight = space.weights();
        this.sqrtP = new double[size];
        boolean nonNegative = true;
        for (int i = 0; i < size; i++) {
            double n = filling[i];
            if (!Double.isFinite(n)) {
                throw new IllegalArgumentException("filling must be finite, got " + n
                        + " at mode " + i);
            }
            // Negative fillings (only finite-difference derivatives step there) take the LU path.
            nonNegative &= n >= 0;
            sqrtP[i] = Math.sqrt(Math.max(0, weight[i] * n));
        }
        DMatrixRMaj b = new DMatrixRMaj(size, size);
        double[] kd = kernel.data;
        double[] bd = b.data;
        for (int i = 0; i < size; i++) {
            double di = sqrtP[i];
            int row = i * size;
            for (int j = 0; j < size; j++) {
                bd[row + j] = -di * kd[row + j] * sqrtP[j];
            }
            bd[row + i] += 1.0;
        }
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(size);
        if (nonNegative && !forceLu && chol.setA(b)) {
            this.cholesky = chol;
            this.lu = null;
            this.rMatrix = null;
        } else {
            this.cholesky = null;
            DMatrixRMaj r = new DMatrixRMaj(size, size);
            for (int i = 0; i < size; i++) {
                int row = i * size;
                for (int j = 0; j < size; j++) {
                    r.data[row + j] = -kd[row + j] * weight[j] * filling[j];
                }
                r.data[row + i] += 1.0;
            }
            this.rMatrix = r;
            LinearSolverDense<DMatrixRMaj> s = LinearSolverFactory_DDRM.lu(size);
            if (!s.setA(r.copy())) {
                throw new IllegalStateException("the dressing operator 1 - T n is singular for"
                        + " this state: the TBA has no unique dressing");
            }
            this.lu = s;
        }
    }

    /** Factors the dressing operator of the state with filling {@code n} on {@code space}. */
    public static KernelDressing factor(ModeSpace space, double[] filling) {
        return new KernelDressing(space, filling, false);
    }

    /** The LU path regardless of definiteness (to test it against the Cholesky path). */
    static KernelDressing factorLu(ModeSpace space, double[] filling) {
        return new KernelDressing(space, filling, true);
    }

    /** Whether the Cholesky path was taken (false: LU fallback). */
    public boolean isCholesky() {
        return cholesky != null;
    }

    @Override
    public int size() {
        return size;
    }

    private double[] solveB(double[] rhs) {
        DMatrixRMaj b = DMatrixRMaj.wrap(size, 1, rhs);
        DMatrixRMaj x = new DMatrixRMaj(size, 1);
        cholesky.solve(b, x);
        return x.data;
    }

    private double[] kernelTimes(double[] x) {
        double[] out = new double[size];
        double[] kd = kernel.data;
        for (int i = 0; i < size; i++) {
            double s = 0;
            int row = i * size;
            for (int j = 0; j < size; j++) {
                s += kd[row + j] * x[j];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public double[] dress(double[] h) {
        if (cholesky != null) {
            double[] dh = new double[size];
            for (int i = 0; i < size; i++) {
                dh[i] = sqrtP[i] * h[i];
            }
            double[] y = solveB(dh);
            for (int i = 0; i < size; i++) {
                y[i] *= sqrtP[i];
            }
            double[] ky = kernelTimes(y);
            double[] out = new double[size];
            for (int i = 0; i < size; i++) {
                out[i] = h[i] + ky[i];
            }
            return out;
        }
        DMatrixRMaj x = new DMatrixRMaj(size, 1);
        lu.solve(DMatrixRMaj.wrap(size, 1, h.clone()), x);
        return x.data;
    }

    /** {@code (1 - P K)^{-1} g = R^{-T} g} (matrix transpose). */
    private double[] solveRTransposed(double[] g) {
        if (cholesky != null) {
            double[] kg = kernelTimes(g);
            for (int i = 0; i < size; i++) {
                kg[i] *= sqrtP[i];
            }
            double[] y = solveB(kg);
            double[] out = new double[size];
            for (int i = 0; i < size; i++) {
                out[i] = g[i] + sqrtP[i] * y[i];
            }
            return out;
        }
        DMatrixRMaj x = new DMatrixRMaj(size, 1);
        luTransposed().solve(DMatrixRMaj.wrap(size, 1, g.clone()), x);
        return x.data;
    }

    private LinearSolverDense<DMatrixRMaj> luTransposed() {
        LinearSolverDense<DMatrixRMaj> s = luTransposed;
        if (s == null) {
            synchronized (this) {
                s = luTransposed;
                if (s == null) {
                    DMatrixRMaj rt = new DMatrixRMaj(size, size);
                    CommonOps_DDRM.transpose(rMatrix, rt);
                    s = LinearSolverFactory_DDRM.lu(size);
                    s.setA(rt);
                    luTransposed = s;
                }
            }
        }
        return s;
    }

    @Override
    public double[] applyInverseTransposed(double[] g) {
        double[] wg = new double[size];
        for (int i = 0; i < size; i++) {
            wg[i] = weight[i] * g[i];
        }
        double[] x = solveRTransposed(wg);
        for (int i = 0; i < size; i++) {
            x[i] /= weight[i];
        }
        return x;
    }

    /** {@code B^{-1}} as a dense matrix (Cholesky path only). */
    private DMatrixRMaj bInverse() {
        DMatrixRMaj inv = new DMatrixRMaj(size, size);
        cholesky.invert(inv);
        return inv;
    }

    @Override
    public DMatrixRMaj inverse() {
        if (cholesky != null) {
            // R^{-1} = 1 + K D B^{-1} D
            DMatrixRMaj m = bInverse();
            scaleRowsAndColumns(m, sqrtP, sqrtP);
            DMatrixRMaj out = new DMatrixRMaj(size, size);
            CommonOps_DDRM.mult(kernel, m, out);
            addIdentity(out);
            return out;
        }
        DMatrixRMaj inv = new DMatrixRMaj(size, size);
        lu.invert(inv);
        return inv;
    }

    @Override
    public DMatrixRMaj inverseTransposed() {
        DMatrixRMaj m;
        if (cholesky != null) {
            // (1 - P K)^{-1} = 1 + D B^{-1} D K
            DMatrixRMaj b = bInverse();
            scaleRowsAndColumns(b, sqrtP, sqrtP);
            m = new DMatrixRMaj(size, size);
            CommonOps_DDRM.mult(b, kernel, m);
            addIdentity(m);
        } else {
            m = new DMatrixRMaj(size, size);
            luTransposed().invert(m);
        }
        // R^{-t} = W^{-1} (1 - P K)^{-1} W
        double[] invW = new double[size];
        for (int i = 0; i < size; i++) {
            invW[i] = 1.0 / weight[i];
        }
        scaleRowsAndColumns(m, invW, weight);
        return m;
    }

    static void scaleRowsAndColumns(DMatrixRMaj m, double[] rows, double[] cols) {
        int n = m.numRows;
        int c = m.numCols;
        double[] d = m.data;
        for (int i = 0; i < n; i++) {
            double r = rows[i];
            int row = i * c;
            for (int j = 0; j < c; j++) {
                d[row + j] *= r * cols[j];
            }
        }
    }

    static void addIdentity(DMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            m.data[i * m.numCols + i] += 1.0;
        }
    }
}
