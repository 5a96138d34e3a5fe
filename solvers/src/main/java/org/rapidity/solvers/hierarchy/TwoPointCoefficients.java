package org.rapidity.solvers.hierarchy;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.rapidity.framework.tba.TbaState;

/**
 * The coefficients of the homogeneous two-point layer ({@link TwoPointEquations}) at one
 * density, in the density basis: {@code A}, {@code 𝔇}, the row sums {@code c = ∫dθ3 C_{·θ3}}, and the two contractions of {@code C^γ} (45) the
 * layer needs, in {@code O(N³)} without the {@code O(N⁴)} tensor. With {@code S = R^{-t}}
 * (operator matrix), {@code p = ρf}, {@code y = R^t x/ρ^t}, {@code m = f x + n f' R^t x}:
 * <pre>
 *   K[x] = ∫dγ C^γ x_γ = S [diag(m/w) + y⊗(T^dr p) + p⊗(T^dr y)]_{sym} S^T,
 *   Q = ∂(C·1)/∂ρ = S [diag(fu/w) + diag(n f' u/w) R^t + diag(T^dr(pu)/ρ^t) R^t
 *                     + diag(p) T^dr diag(u/ρ^t) R^t],        u = S^T w,
 * </pre>
 * (the bracket of {@code K} read as the kernel {@code M(α,β) = y_α T^dr_αβ p_β +
 * p_α T^dr_αβ y_β}); a test checks both against the tensor of
 * {@link TbaState#susceptibilityDerivative()}.
 */
final class TwoPointCoefficients {
    final TbaState state;
    final DMatrixRMaj flux;
    final DMatrixRMaj diffusion;
    final double[] rowSums;
    final DMatrixRMaj q;
    final double[] weights;
    final int n;
    private final DMatrixRMaj s;
    private final DMatrixRMaj rt;
    private final double[] td;
    private final double[] p;
    private final double[] f;
    private final double[] nfp;
    private final double[] rhoTotal;

    TwoPointCoefficients(TbaState state, boolean kubo) {
        this.state = state;
        this.n = state.size();
        this.flux = state.fluxJacobian();
        this.diffusion = kubo ? state.diffusionMatrix() : null;
        this.weights = state.space().weights();
        this.s = state.rotationInverseTransposed();
        this.rt = state.rotationTransposed();
        this.td = state.dressedScatteringShift().data;
        this.rhoTotal = state.totalDensity();
        double[] rho = state.density();
        double[] filling = state.filling();
        this.f = state.statisticalFactor();
        this.p = new double[n];
        this.nfp = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rho[i] * f[i];
            nfp[i] = filling[i] * state.space().statistics(i).factorDerivative(filling[i]);
        }
        DMatrixRMaj c = state.susceptibility();
        this.rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += c.data[i * n + j];
            }
            rowSums[i] = sum;
        }
        // u = S^T w
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += s.data[i * n + j] * weights[i];
            }
            u[j] = acc;
        }
        double[] tpu = new double[n];
        for (int a = 0; a < n; a++) {
            double acc = 0;
            for (int b = 0; b < n; b++) {
                acc += td[a * n + b] * p[b] * u[b];
            }
            tpu[a] = acc;
        }
        // inner = diag(f u/w) + [diag((n f' u/w) + T^dr(pu)/ρ^t) + diag(p) T^dr diag(u/ρ^t)] R^t
        DMatrixRMaj left = new DMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                left.data[a * n + b] = p[a] * td[a * n + b] * u[b] / rhoTotal[b];
            }
            left.data[a * n + a] += nfp[a] * u[a] / weights[a] + tpu[a] / rhoTotal[a];
        }
        DMatrixRMaj inner = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(left, rt, inner);
        for (int a = 0; a < n; a++) {
            inner.data[a * n + a] += f[a] * u[a] / weights[a];
        }
        this.q = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(s, inner, q);
    }

    /** {@code K[x]_ij = ∫dγ C^γ_{θiθj} x_γ} as values (a {@code δ(θ1-θ2)} part as {@code 1/w}). */
    DMatrixRMaj contract(double[] xv) {
        double[] rtx = NormalModes.mult(rt, xv);
        double[] y = new double[n];
        double[] m = new double[n];
        for (int a = 0; a < n; a++) {
            y[a] = rtx[a] / rhoTotal[a];
            m[a] = f[a] * xv[a] + nfp[a] * rtx[a];
        }
        // M(α,β) = y_α T_αβ p_β + p_α T_αβ y_β, plus diag(m/w)
        DMatrixRMaj mm = new DMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                mm.data[a * n + b] = td[a * n + b] * (y[a] * p[b] + p[a] * y[b]);
            }
            mm.data[a * n + a] += m[a] / weights[a];
        }
        DMatrixRMaj tmp = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(s, mm, tmp);
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(tmp, s, out);
        return out;
    }

    /** {@code C₀₀ = ∫∫dθ1dθ2 C_{θ1θ2}}. */
    double c00() {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i] * rowSums[i];
        }
        return sum;
    }
}
