package org.rapidity.framework.tba;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The quantities of a {@link TbaState} built from its rotation matrices, dressed scattering
 * shift, effective velocity and statistical factor together: the diffusion matrix and the
 * three-index tensors, second order in the state (gBBGKY paper §III.D, eqs. (42), (45), (46)).
 * {@link TbaState} caches each on first use; their meaning, index order and weights are
 * documented on its accessors. The tensors cost {@code O(N⁴)} time and {@code O(N³)} memory
 * each.
 */
final class TbaTensors {

    private final int n;
    private final ModeSpace space;
    /** {@code R^{-t}} and {@code R^t} (operator matrices). */
    private final DMatrixRMaj sInv;
    private final DMatrixRMaj rTransposed;
    /** The entries of {@code R^{-t}}, {@code R^t} and {@code T^dr} (kernel values), row-major. */
    private final double[] s;
    private final double[] rt;
    private final double[] td;
    /** {@code ρ}, {@code n}, {@code ρ^t}, {@code v^eff}, {@code f(n)} and the weights. */
    private final double[] rho;
    private final double[] filling;
    private final double[] rhoTotal;
    private final double[] v;
    private final double[] f;
    private final double[] w;

    /** The ingredients of the tensors of {@code state}. */
    TbaTensors(TbaState state) {
        n = state.size();
        space = state.space();
        sInv = state.rotationInverseTransposed();
        rTransposed = state.rotationTransposed();
        s = sInv.data;
        rt = rTransposed.data;
        td = state.dressedScatteringShift().data;
        rho = state.density();
        filling = state.filling();
        rhoTotal = state.totalDensity();
        v = state.effectiveVelocity();
        f = state.statisticalFactor();
        w = space.weights();
    }

    /** {@link TbaState#diffusionMatrix()}. */
    DMatrixRMaj diffusionMatrix() {
        DMatrixRMaj dt = new DMatrixRMaj(n, n);
        for (int g = 0; g < n; g++) {
            double diag = 0;
            for (int m = 0; m < n; m++) {
                double t = td[g * n + m];
                double wm = rho[m] * f[m] * Math.abs(v[g] - v[m]) * t * t;
                diag += space.weight(m) * wm;
                dt.data[g * n + m] = -rho[g] * f[g] * Math.abs(v[g] - v[m]) * t * t
                        * space.weight(m) / (rhoTotal[g] * rhoTotal[m]);
            }
            dt.data[g * n + g] += diag / (rhoTotal[g] * rhoTotal[g]);
        }
        DMatrixRMaj tmp = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(sInv, dt, tmp);
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(tmp, rTransposed, out);
        return out;
    }

    /** {@link TbaState#susceptibilityDerivative()}, eq. (45). */
    Tensor3 susceptibilityDerivative() {
        // G = T^dr diag(ρf) S^T (kernel values in the first index)
        DMatrixRMaj tdrf = new DMatrixRMaj(n, n);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                tdrf.data[a * n + b] = td[a * n + b] * rho[b] * f[b];
            }
        }
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(tdrf, sInv, g);
        // X_{(ij),α} = (S_iα G_αj + S_jα G_αi)/ρ^t_α + S_iα S_jα n_α f'_α / w_α
        DMatrixRMaj x = new DMatrixRMaj(n * n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = (i * n + j) * n;
                for (int a = 0; a < n; a++) {
                    double sia = s[i * n + a];
                    double sja = s[j * n + a];
                    x.data[row + a] = (sia * g.data[a * n + j] + sja * g.data[a * n + i])
                            / rhoTotal[a]
                            + sia * sja * filling[a]
                                    * space.statistics(a).factorDerivative(filling[a]) / w[a];
                }
            }
        }
        double[] d = timesRt(x);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = (i * n + j) * n;
                for (int k = 0; k < n; k++) {
                    d[row + k] = w[j] * (d[row + k] + s[i * n + k] * s[j * n + k] * f[k] / w[k]);
                }
            }
        }
        return new Tensor3(n, d);
    }

    /** {@link TbaState#fluxHessian()}, eq. (42). */
    Tensor3 fluxHessian() {
        // U = Zw R^t with Zw_μη = T^dr_μη (v_η - v_μ) w_η
        DMatrixRMaj zw = new DMatrixRMaj(n, n);
        for (int m = 0; m < n; m++) {
            for (int e = 0; e < n; e++) {
                zw.data[m * n + e] = td[m * n + e] * (v[e] - v[m]) * space.weight(e);
            }
        }
        DMatrixRMaj u = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(zw, rTransposed, u);
        // B_{θ,(αβ)} = Σ_μ (S_θμ/ρ^t_μ) R^t_μα U_μβ ; H = B + B^{αβ-swapped}
        DMatrixRMaj xs = sInv.copy();
        double[] invRt = new double[n];
        for (int m = 0; m < n; m++) {
            invRt[m] = 1.0 / rhoTotal[m];
        }
        KernelDressing.scaleRowsAndColumns(xs, TbaState.ones(n), invRt);
        DMatrixRMaj pair = new DMatrixRMaj(n, n * n);
        for (int m = 0; m < n; m++) {
            int row = m * n * n;
            for (int a = 0; a < n; a++) {
                double r = rt[m * n + a];
                for (int b = 0; b < n; b++) {
                    pair.data[row + a * n + b] = r * u.data[m * n + b];
                }
            }
        }
        DMatrixRMaj bmat = new DMatrixRMaj(n, n * n);
        CommonOps_DDRM.mult(xs, pair, bmat);
        double[] b = bmat.data;
        double[] h = new double[n * n * n];
        for (int t = 0; t < n; t++) {
            int base = t * n * n;
            for (int a = 0; a < n; a++) {
                for (int c = 0; c < n; c++) {
                    h[base + a * n + c] = b[base + a * n + c] + b[base + c * n + a];
                }
            }
        }
        return new Tensor3(n, h);
    }

    /** {@link TbaState#threePointKineticTensor()}, eq. (46). */
    Tensor3 threePointKineticTensor() {
        // Q_μγ = T^dr_μγ ρ_γ f_γ (v_μ - v_γ)/ρ^t_μ ; P = S Q^T, P_jμ = Σ_γ S_jγ Q_μγ
        DMatrixRMaj q = new DMatrixRMaj(n, n);
        for (int m = 0; m < n; m++) {
            for (int g = 0; g < n; g++) {
                q.data[m * n + g] = td[m * n + g] * rho[g] * f[g] * (v[m] - v[g]) / rhoTotal[m];
            }
        }
        DMatrixRMaj p = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(sInv, q, p);
        DMatrixRMaj x = new DMatrixRMaj(n * n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = (i * n + j) * n;
                for (int m = 0; m < n; m++) {
                    x.data[row + m] = s[i * n + m] * p.data[j * n + m]
                            + s[j * n + m] * p.data[i * n + m];
                }
            }
        }
        double[] d = timesRt(x);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = (i * n + j) * n;
                double wj = space.weight(j);
                for (int k = 0; k < n; k++) {
                    d[row + k] *= wj;
                }
            }
        }
        return new Tensor3(n, d);
    }

    /** The entries of {@code X R^t} for a matrix {@code X} of {@code N² × N}. */
    private double[] timesRt(DMatrixRMaj x) {
        DMatrixRMaj out = new DMatrixRMaj(n * n, n);
        CommonOps_DDRM.mult(x, rTransposed, out);
        return out.data;
    }
}
