package org.rapidity.solvers.hierarchy;

import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.solvers.kinetic.RapidityDerivative;

/**
 * An independent implementation of the standard BBGKY hierarchy of free classical particles
 * (gBBGKY paper, (53)-(54), g3 = 0), written directly from the textbook equations on the same
 * grids, in the density basis, with the classical RK4 method and a small step:
 * <pre>
 *   ∂_t ρ1 = ∫dz V'(z) ∂θ1 ∫dθ2 g(z; θ1, θ2),
 *   ∂_t g + (θ1 - θ2) ∂_z g = V'(z)(∂θ1 - ∂θ2)(ρ1ρ2 + g) + ∂θ1ρ1 ∫du V'(z + u) Γ2(u)
 *                             + ∂θ2ρ2 ∫du V'(u - z) Γ1(u),     Γ(u) = ∫dθ' g(u; θ, θ').
 * </pre>
 * The reference for the a → 0 limit of the hierarchy solver.
 */
final class StandardBbgky {

    final int n;
    final int nz;
    final SeparationGrid grid;
    final double[] theta;
    final double[] w;
    final DMatrixRMaj d;
    double[] rho;
    double[] g;

    StandardBbgky(ModeSpace space, SeparationGrid grid, double[] rho) {
        this.n = space.size();
        this.nz = grid.size();
        this.grid = grid;
        this.theta = space.thetas();
        this.w = space.weights();
        this.d = new RapidityDerivative(space.grid(0)).conservativeMatrix();
        this.rho = rho.clone();
        this.g = new double[nz * n * n];
    }

    double[] dTheta(double[] f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i] += d.get(i, j) * f[j];
            }
        }
        return out;
    }

    void rate(double[] r, double[] gg, double[] dr, double[] dg) {
        int nn = n * n;
        double dz = grid.spacing();
        double[] gamma = new double[nz * n];
        for (int m = 0; m < nz; m++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += gg[m * nn + i * n + j] * w[j];
                }
                gamma[m * n + i] = s;
            }
        }
        double[] phi = new double[n];
        for (int m = 0; m < nz; m++) {
            for (int i = 0; i < n; i++) {
                phi[i] += dz * grid.force(m) * gamma[m * n + i];
            }
        }
        System.arraycopy(dTheta(phi), 0, dr, 0, n);
        double[] dRho = dTheta(r);
        // convolutions by direct sums on the periodic grid: c+(z) = ∫V'(z+u)Γ(u), c-(z) = ∫V'(u-z)Γ(u)
        double[] cPlus = new double[nz * n];
        double[] cMinus = new double[nz * n];
        for (int m = 0; m < nz; m++) {
            for (int u = 0; u < nz; u++) {
                double fp = grid.force((m + u) % nz);
                double fm = grid.force(Math.floorMod(u - m, nz));
                for (int i = 0; i < n; i++) {
                    cPlus[m * n + i] += dz * fp * gamma[u * n + i];
                    cMinus[m * n + i] += dz * fm * gamma[u * n + i];
                }
            }
        }
        // ∂_z g spectrally
        double[] dzg = new double[nz * nn];
        double[] buf = new double[nz];
        for (int p = 0; p < nn; p++) {
            for (int m = 0; m < nz; m++) {
                buf[m] = gg[m * nn + p];
            }
            grid.forward(buf);
            grid.multiplyByIk(buf);
            grid.inverse(buf);
            for (int m = 0; m < nz; m++) {
                dzg[m * nn + p] = buf[m];
            }
        }
        for (int m = 0; m < nz; m++) {
            double f = grid.force(m);
            int base = m * nn;
            double[] h = new double[nn];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h[i * n + j] = r[i] * r[j] + gg[base + i * n + j];
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double dh = 0;
                    for (int k = 0; k < n; k++) {
                        dh += d.get(i, k) * h[k * n + j] - d.get(j, k) * h[i * n + k];
                    }
                    dg[base + i * n + j] = -(theta[i] - theta[j]) * dzg[base + i * n + j]
                            + f * dh + dRho[i] * cPlus[m * n + j] + dRho[j] * cMinus[m * n + i];
                }
            }
        }
    }

    void step(double h) {
        int size = g.length;
        double[][] kr = new double[4][n];
        double[][] kg = new double[4][size];
        double[] rs = new double[n];
        double[] gs = new double[size];
        double[] c = {0, 0.5, 0.5, 1};
        for (int s = 0; s < 4; s++) {
            for (int i = 0; i < n; i++) {
                rs[i] = rho[i] + (s == 0 ? 0 : c[s] * h * kr[s - 1][i]);
            }
            for (int i = 0; i < size; i++) {
                gs[i] = g[i] + (s == 0 ? 0 : c[s] * h * kg[s - 1][i]);
            }
            rate(rs, gs, kr[s], kg[s]);
        }
        for (int i = 0; i < n; i++) {
            rho[i] += h * (kr[0][i] + 2 * kr[1][i] + 2 * kr[2][i] + kr[3][i]) / 6;
        }
        for (int i = 0; i < size; i++) {
            g[i] += h * (kg[0][i] + 2 * kg[1][i] + 2 * kg[2][i] + kg[3][i]) / 6;
        }
    }
}
