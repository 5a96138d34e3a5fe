package org.rapidity.models.liebliniger;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.block.linsol.chol.CholeskyOuterSolver_DDRB;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.dense.row.linsol.LinearSolver_DDRB_to_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.KernelDressing;
import org.rapidity.framework.tba.ModeSpace;

/**
 * Dressing of a gas of Bethe strings that exploits its small fillings. The fillings of long
 * strings fall like {@code e^{-nΩ}} (see (S10)), so
 * <ol>
 *   <li>most of their modes are <em>empty</em> to double precision, and an empty mode does not
 *       act on any other ({@code R = 1 - T n} has column {@code j} equal to the identity's when
 *       {@code n_j = 0}). The modes {@code A} kept are those whose column
 *       {@code T(·, θ_j) w_j n_j} reaches {@code 10⁻¹⁷/N} somewhere (below that it is under the
 *       rounding of the unit diagonal). This is exact to rounding.</li>
 *   <li>of the occupied modes most are <em>nearly empty</em>: with {@code D = (w n)^{1/2}} on
 *       {@code A}, the symmetric {@code B = 1 - D K_{AA} D} differs from the identity only by
 *       {@code O(w n |T|)} in their rows. {@code B y = r} is solved by conjugate gradients
 *       preconditioned with the Cholesky factor of the block of the well-filled modes
 *       ({@code w n max|T| ≥ 10⁻³}) and the identity elsewhere; the iteration converges to
 *       rounding in a handful of steps ({@code O(|A|²)} each) instead of factoring all of
 *       {@code A} ({@code O(|A|³)}).</li>
 * </ol>
 * Then, as in the generic {@link KernelDressing} restricted to {@code A},
 * <pre>
 *   h^dr = h + K_{·A} D B⁻¹ D h_A,      (1 - P K)⁻¹ v = v + D B⁻¹ D (K v)_A   (rows in A only).
 * </pre>
 * The dense matrices {@code R⁻¹}, {@code R⁻ᵗ} (and any solve whose iteration does not converge)
 * use a full Cholesky factorisation of {@code B}, made on first need. Negative fillings (which
 * only finite-difference derivatives visit) or an indefinite {@code B} fall back to the generic
 * dressing. The conformance kit and the tests check it against the generic dressing to
 * {@code 10⁻¹³}.
 */
final class StringDressing implements Dressing {

    /** Columns below {@code NEGLIGIBLE/N} in every entry are dropped. */
    private static final double NEGLIGIBLE = 1e-17;
    /** Modes with {@code w n max|T|} at least this are factored in the preconditioner. */
    private static final double WELL_FILLED = 1e-3;
    private static final double TOLERANCE = 1e-15;
    private static final int MAX_ITERATIONS = 100;

    private final ModeSpace space;
    private final double[] filling;
    private final int size;
    private final int[] active;
    private final double[] sqrtP;
    private final double[] weight;
    private final StringKernel kernel;
    /** The column parts of A ({@link StringKernel#columns}). */
    private final int[] activeColumns;
    /** Positions (in A) of the well-filled modes. */
    private final int[] wellFilled;
    private final LinearSolverDense<DMatrixRMaj> preconditioner;
    private volatile LinearSolverDense<DMatrixRMaj> full;
    private volatile Dressing generic;
    /** Iterations of the most recent converged solve (diagnostic; -1 before any). */
    private volatile int lastIterations = -1;
    // immutable once built; the EJML solvers are used under their own locks

    private StringDressing(ModeSpace space, StringKernel kernel, double[] filling, int[] active,
            double[] sqrtP, int[] wellFilled, LinearSolverDense<DMatrixRMaj> preconditioner) {
        this.space = space;
        this.filling = filling;
        this.size = space.size();
        this.active = active;
        this.sqrtP = sqrtP;
        this.weight = space.weights();
        this.kernel = kernel;
        this.activeColumns = kernel.columns(active);
        this.wellFilled = wellFilled;
        this.preconditioner = preconditioner;
    }

    /** Prepares the dressing of the state with filling {@code n}; generic when it cannot help. */
    static Dressing factor(ModeSpace space, double[] filling) {
        int n = space.size();
        for (double x : filling) {
            if (!(x >= 0) || !Double.isFinite(x)) {
                return KernelDressing.factor(space, filling);
            }
        }
        StringKernel kernel = StringKernel.of(space);
        int[] idx = new int[n];
        double[] strength = new double[n];
        int m = 0;
        for (int j = 0; j < n; j++) {
            double wn = space.weight(j) * filling[j];
            if (wn == 0) {
                continue;
            }
            double max = kernel.rowMax(j); // K is symmetric: row j holds column j
            if (wn * max >= NEGLIGIBLE / n) {
                strength[m] = wn * max;
                idx[m++] = j;
            }
        }
        int[] act = Arrays.copyOf(idx, m);
        double[] d = new double[m];
        for (int a = 0; a < m; a++) {
            d[a] = Math.sqrt(space.weight(act[a]) * filling[act[a]]);
        }
        int[] big = new int[m];
        int nb = 0;
        for (int a = 0; a < m; a++) {
            if (strength[a] >= WELL_FILLED) {
                big[nb++] = a;
            }
        }
        big = Arrays.copyOf(big, nb);
        LinearSolverDense<DMatrixRMaj> chol = null;
        if (nb > 0) {
            chol = cholesky(block(kernel, act, d, big));
            if (chol == null) {
                return KernelDressing.factor(space, filling); // B not positive definite
            }
        }
        return new StringDressing(space, kernel, filling.clone(), act, d, big, chol);
    }

    /** {@code B} restricted to the positions {@code sel} of A. */
    private static DMatrixRMaj block(StringKernel kernel, int[] act, double[] d, int[] sel) {
        int k = sel.length;
        DMatrixRMaj b = new DMatrixRMaj(k, k);
        for (int x = 0; x < k; x++) {
            int a = sel[x];
            for (int y = 0; y < k; y++) {
                int c = sel[y];
                b.data[x * k + y] = -d[a] * kernel.entry(act[a], act[c]) * d[c];
            }
            b.data[x * k + x] += 1.0;
        }
        return b;
    }

    /** Cholesky solver of {@code b}, or null if it is not positive definite. */
    private static LinearSolverDense<DMatrixRMaj> cholesky(DMatrixRMaj b) {
        // EJML's factory picks its unblocked Cholesky below 1000 rows; the blocked one is twice
        // as fast already at a few hundred (measured: 648 rows, 17.6 ms against 40 ms)
        LinearSolverDense<DMatrixRMaj> chol = b.numRows >= 128
                ? new LinearSolver_DDRB_to_DDRM(new CholeskyOuterSolver_DDRB())
                : LinearSolverFactory_DDRM.chol(b.numRows);
        return chol.setA(b) ? chol : null;
    }

    /** Number of modes kept (occupied). */
    int activeModes() {
        return active.length;
    }

    /** Conjugate-gradient iterations of the most recent converged solve (-1 before any). */
    int lastIterations() {
        return lastIterations;
    }

    /** Number of well-filled modes factored in the preconditioner. */
    int wellFilledModes() {
        return wellFilled.length;
    }

    @Override
    public int size() {
        return size;
    }

    private Dressing generic() {
        Dressing g = generic;
        if (g == null) {
            g = KernelDressing.factor(space, filling);
            generic = g;
        }
        return g;
    }

    /** Full Cholesky of {@code B} on A, or null if B is not positive definite. */
    private LinearSolverDense<DMatrixRMaj> full() {
        LinearSolverDense<DMatrixRMaj> f = full;
        if (f == null) {
            synchronized (this) {
                f = full;
                if (f == null) {
                    int[] all = new int[active.length];
                    for (int a = 0; a < all.length; a++) {
                        all[a] = a;
                    }
                    f = cholesky(block(kernel, active, sqrtP, all));
                    full = f;
                }
            }
        }
        return f;
    }

    /** {@code B y = r} on A by preconditioned conjugate gradients; null if B is indefinite. */
    private double[] solveB(double[] r) {
        int m = r.length;
        double rr0 = dot(r, r);
        double[] y = new double[m];
        if (rr0 == 0) {
            return y;
        }
        double[] res = r.clone();
        double[] z = precondition(res);
        double[] p = z.clone();
        double rz = dot(res, z);
        double[] ap = new double[m];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            applyB(p, ap);
            double pap = dot(p, ap);
            if (!(pap > 0)) {
                break;
            }
            double alpha = rz / pap;
            for (int a = 0; a < m; a++) {
                y[a] += alpha * p[a];
                res[a] -= alpha * ap[a];
            }
            if (dot(res, res) <= TOLERANCE * TOLERANCE * rr0) {
                lastIterations = it + 1;
                return y;
            }
            z = precondition(res);
            double rzNext = dot(res, z);
            double beta = rzNext / rz;
            for (int a = 0; a < m; a++) {
                p[a] = z[a] + beta * p[a];
            }
            rz = rzNext;
        }
        // no convergence to rounding: the exact factorisation
        LinearSolverDense<DMatrixRMaj> f = full();
        if (f == null) {
            return null;
        }
        DMatrixRMaj x = new DMatrixRMaj(m, 1);
        synchronized (f) {
            f.solve(DMatrixRMaj.wrap(m, 1, r.clone()), x);
        }
        return x.data;
    }

    /** {@code out = B p = p - D K_{AA} D p}. */
    private void applyB(double[] p, double[] out) {
        int m = p.length;
        double[] dp = new double[m];
        for (int a = 0; a < m; a++) {
            dp[a] = sqrtP[a] * p[a];
        }
        kernel.multiply(active, activeColumns, dp, out);
        for (int a = 0; a < m; a++) {
            out[a] = p[a] - sqrtP[a] * out[a];
        }
    }

    /** Block-Cholesky on the well-filled modes, identity on the others. */
    private double[] precondition(double[] r) {
        double[] z = r.clone();
        int nb = wellFilled.length;
        if (nb == 0) {
            return z;
        }
        double[] rb = new double[nb];
        for (int x = 0; x < nb; x++) {
            rb[x] = r[wellFilled[x]];
        }
        DMatrixRMaj sol = new DMatrixRMaj(nb, 1);
        synchronized (preconditioner) { // EJML solvers keep work arrays: one caller at a time
            preconditioner.solve(DMatrixRMaj.wrap(nb, 1, rb), sol);
        }
        for (int x = 0; x < nb; x++) {
            z[wellFilled[x]] = sol.data[x];
        }
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    @Override
    public double[] dress(double[] h) {
        double[] out = h.clone();
        int m = active.length;
        if (m == 0) {
            return out;
        }
        double[] dh = new double[m];
        for (int a = 0; a < m; a++) {
            dh[a] = sqrtP[a] * h[active[a]];
        }
        double[] y = solveB(dh);
        if (y == null) {
            return generic().dress(h);
        }
        for (int a = 0; a < m; a++) {
            y[a] *= sqrtP[a];
        }
        double[] s = new double[size];
        kernel.multiply(kernel.all(), activeColumns, y, s);
        for (int i = 0; i < size; i++) {
            out[i] += s[i];
        }
        return out;
    }

    @Override
    public double[] applyInverseTransposed(double[] g) {
        int m = active.length;
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            v[i] = weight[i] * g[i];
        }
        double[] out = v.clone();
        if (m > 0) {
            double[] kv = new double[m];
            kernel.multiply(active, kernel.allColumns(), v, kv);
            for (int a = 0; a < m; a++) {
                kv[a] *= sqrtP[a];
            }
            double[] y = solveB(kv);
            if (y == null) {
                return generic().applyInverseTransposed(g);
            }
            for (int a = 0; a < m; a++) {
                out[active[a]] += sqrtP[a] * y[a];
            }
        }
        for (int i = 0; i < size; i++) {
            out[i] /= weight[i];
        }
        return out;
    }

    /** {@code X = D B⁻¹ D} on A from the full factorisation; null if B is indefinite. */
    private DMatrixRMaj dbd() {
        LinearSolverDense<DMatrixRMaj> f = full();
        if (f == null) {
            return null;
        }
        int m = active.length;
        DMatrixRMaj inv = new DMatrixRMaj(m, m);
        synchronized (f) {
            f.invert(inv);
        }
        for (int a = 0; a < m; a++) {
            for (int c = 0; c < m; c++) {
                inv.data[a * m + c] *= sqrtP[a] * sqrtP[c];
            }
        }
        return inv;
    }

    @Override
    public DMatrixRMaj inverse() {
        // R⁻¹ = 1 + K_{·A} X S_A: only the columns in A differ from the identity
        DMatrixRMaj out = new DMatrixRMaj(size, size);
        for (int i = 0; i < size; i++) {
            out.data[i * size + i] = 1.0;
        }
        int m = active.length;
        if (m == 0) {
            return out;
        }
        DMatrixRMaj x = dbd();
        if (x == null) {
            return generic().inverse();
        }
        double[] row = new double[m];
        for (int i = 0; i < size; i++) {
            int r = i * size;
            for (int a = 0; a < m; a++) {
                row[a] = kernel.entry(i, active[a]);
            }
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (int a = 0; a < m; a++) {
                    s += row[a] * x.data[a * m + c];
                }
                out.data[r + active[c]] += s;
            }
        }
        return out;
    }

    @Override
    public DMatrixRMaj inverseTransposed() {
        // (1 - PK)⁻¹ = 1 + S_Aᵀ X K_{A·}: only the rows in A differ; R^{-t} = W⁻¹(…)W
        DMatrixRMaj out = new DMatrixRMaj(size, size);
        for (int i = 0; i < size; i++) {
            out.data[i * size + i] = 1.0;
        }
        int m = active.length;
        if (m > 0) {
            DMatrixRMaj x = dbd();
            if (x == null) {
                return generic().inverseTransposed();
            }
            for (int a = 0; a < m; a++) {
                int r = active[a] * size;
                for (int c = 0; c < m; c++) {
                    double xac = x.data[a * m + c];
                    if (xac == 0) {
                        continue;
                    }
                    for (int j = 0; j < size; j++) {
                        out.data[r + j] += xac * kernel.entry(active[c], j);
                    }
                }
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                out.data[i * size + j] *= weight[j] / weight[i];
            }
        }
        return out;
    }
}
