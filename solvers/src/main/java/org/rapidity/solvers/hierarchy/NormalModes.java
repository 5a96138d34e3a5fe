package org.rapidity.solvers.hierarchy;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.rapidity.framework.tba.TbaState;

/**
 * The normal modes of the Euler-scale transport of a reference state: the flux Jacobian
 * {@code A = R^{-t} v^eff R^t} (gBBGKY paper, eq. (40)) is diagonalised by {@code S = R^t = 1 - nT},
 * {@code S A S^{-1} = diag(v^eff)}. A two-point function in the mode basis,
 * {@code G̃(z) = S G(z) S^T}, is then transported component by component,
 * {@code ∂_t G̃_ij + (v_i - v_j) ∂_z G̃_ij = …}, exactly solvable in Fourier space. The columns
 * of {@code S^{-1}} are the normal modes in the density basis (the fillings {@code δn ∝
 * (ρ^t)^{-1} R^t δρ} are the Riemann invariants of linearised GHD, up to the diagonal
 * {@code ρ^t}).
 *
 * <p>The basis is that of a reference density {@code ρ_ref}; as {@code ρ} evolves, the
 * difference {@code S A(ρ) S^{-1} - diag(v_ref)} is carried by the explicit part of the time
 * stepper, and the basis is renewed when it grows. Immutable.
 */
final class NormalModes {

    private final double[] referenceDensity;
    private final DMatrixRMaj s;
    private final DMatrixRMaj sInverse;
    private final double[] velocity;
    private final double[] weightsDual;

    /** The normal modes of a state. */
    NormalModes(TbaState reference) {
        this.referenceDensity = reference.density();
        this.s = reference.rotationTransposed();
        this.sInverse = reference.rotationInverseTransposed();
        this.velocity = reference.effectiveVelocity();
        // ŵ = S^{-T} w: integrals ∫dθ g(θ) = w·G become ŵ·G̃
        double[] w = reference.space().weights();
        this.weightsDual = new double[w.length];
        int n = w.length;
        for (int j = 0; j < n; j++) {
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += sInverse.data[i * n + j] * w[i];
            }
            weightsDual[j] = acc;
        }
    }

    /** The reference density (copy). */
    double[] referenceDensity() {
        return referenceDensity.clone();
    }

    /** {@code S = R^t} of the reference state (do not modify). */
    DMatrixRMaj s() {
        return s;
    }

    /** {@code S^{-1} = R^{-t}} (do not modify). */
    DMatrixRMaj sInverse() {
        return sInverse;
    }

    /** Effective velocities of the reference state: the transport speeds of the modes (copy). */
    double[] velocity() {
        return velocity.clone();
    }

    /** {@code ŵ = S^{-T} w} (copy). */
    double[] weightsDual() {
        return weightsDual.clone();
    }

    /** {@code S X S^{-1}}. */
    DMatrixRMaj similar(DMatrixRMaj x) {
        DMatrixRMaj tmp = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.mult(s, x, tmp);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.mult(tmp, sInverse, out);
        return out;
    }

    /** {@code S X S^T}: a two-point matrix in the mode basis. */
    DMatrixRMaj congruent(DMatrixRMaj x) {
        DMatrixRMaj tmp = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.mult(s, x, tmp);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.multTransB(tmp, s, out);
        return out;
    }

    /** {@code S x}. */
    double[] apply(double[] x) {
        return mult(s, x);
    }

    /** {@code S^{-1} x}. */
    double[] applyInverse(double[] x) {
        return mult(sInverse, x);
    }

    /** The matrix {@code P = S_new S^{-1}} that moves a two-point function from this basis to another: {@code G̃' = P G̃ P^T}. */
    DMatrixRMaj changeTo(NormalModes other) {
        DMatrixRMaj p = new DMatrixRMaj(s.numRows, s.numCols);
        CommonOps_DDRM.mult(other.s, sInverse, p);
        return p;
    }

    static double[] mult(DMatrixRMaj a, double[] x) {
        int n = a.numRows;
        int m = a.numCols;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int j = 0; j < m; j++) {
                acc += a.data[i * m + j] * x[j];
            }
            out[i] = acc;
        }
        return out;
    }
}
