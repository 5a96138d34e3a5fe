package org.rapidity.solvers.ghd;

import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The diffusive (Navier-Stokes) term of GHD, {@code ∂_t ρ = ½ ∂_x(𝔇 ∂_x ρ)}, in the
 * normalisation of {@link TbaState#diffusionMatrix()} (De Nardis, Bernard and Doyon), applied
 * as one split step after the Euler advection (Strang splitting in {@link GhdEvolution}).
 *
 * <p>Space: cells of width {@code Δx}; the flux through the face between cells {@code i} and
 * {@code i+1} is {@code ½ 𝔇_{i+½}(ρ_{i+1} - ρ_i)/Δx} with {@code 𝔇_{i+½}} the mean of the two
 * cells' matrices (conservative: every mode's {@code ∫dx ρ} is kept exactly); open ends have no
 * flux, periodic ends wrap. Time: {@code 𝔇} frozen at the start of the step, and the
 * second-order Runge-Kutta-Legendre super-time-stepping scheme RKL2 (Meyer, Balsara and Aslam,
 * J. Comput. Phys. 257, 594 (2014)): explicit, stable for any step with {@code s} stages chosen
 * so that {@code (s² + s - 2)/2} exceeds {@code Δt} times a Gershgorin bound of the spectral
 * radius (𝔇 has real non-negative eigenvalues: {@code 𝔇C} is symmetric positive semi-definite).
 */
final class GhdDiffusion {

    private GhdDiffusion() {
    }

    /**
     * The fillings after {@code dt} of diffusion from the states {@code states} (one per cell).
     * Densities below zero at rounding level are returned as zero fillings.
     */
    static double[][] diffuse(TbaState[] states, double dx, boolean periodic, double dt) {
        int nx = states.length;
        ModeSpace space = states[0].space();
        double[][] rho = new double[nx][];
        DMatrixRMaj[] d = new DMatrixRMaj[nx];
        IntStream.range(0, nx).parallel().forEach(i -> {
            rho[i] = states[i].density();
            d[i] = states[i].diffusionMatrix();
        });
        double[][] out = diffuseDensities(rho, d, dx, periodic, dt);
        double[][] fill = new double[nx][];
        IntStream.range(0, nx).parallel().forEach(i -> {
            double[] n = TbaState.fromEvolvedDensity(space, out[i]).filling();
            for (int k = 0; k < n.length; k++) {
                n[k] = Math.max(0, n[k]);
            }
            fill[i] = n;
        });
        return fill;
    }

    /** {@code ρ} after {@code dt} of {@code ∂_t ρ = ½ ∂_x(𝔇 ∂_x ρ)} with frozen cell matrices. */
    static double[][] diffuseDensities(double[][] rho, DMatrixRMaj[] d, double dx,
            boolean periodic, double dt) {
        int nx = rho.length;
        int n = rho[0].length;
        // face matrices ½(𝔇_i + 𝔇_{i+1}) / (2 Δx²), face i between cells i and i+1 (mod nx)
        int faces = periodic ? nx : nx - 1;
        double[][] face = new double[faces][];
        double bound = 0;
        double[] rowSum = new double[faces];
        for (int f = 0; f < faces; f++) {
            double[] a = d[f].data;
            double[] b = d[(f + 1) % nx].data;
            double[] m = new double[n * n];
            double s = 0;
            for (int k = 0; k < n; k++) {
                double r = 0;
                for (int j = 0; j < n; j++) {
                    double v = 0.25 * (a[k * n + j] + b[k * n + j]) / (dx * dx);
                    m[k * n + j] = v;
                    r += Math.abs(v);
                }
                s = Math.max(s, r);
            }
            face[f] = m;
            rowSum[f] = s;
        }
        for (int i = 0; i < nx; i++) {
            double left = periodic ? rowSum[(i - 1 + nx) % nx] : i > 0 ? rowSum[i - 1] : 0;
            double right = periodic || i < nx - 1 ? rowSum[i] : 0;
            bound = Math.max(bound, 2 * (left + right));
        }
        if (!(bound > 0) || dt <= 0) {
            return copy(rho);
        }
        // stages: (s² + s - 2)/2 ≥ 1.1 dt ρ(L)
        double need = 1.1 * dt * bound;
        int s = 2;
        while ((s * s + s - 2) / 2.0 < need) {
            s++;
        }
        double w1 = 4.0 / (s * s + s - 2);
        double[][] y0 = copy(rho);
        double[][] m0 = apply(face, y0, periodic);
        double[][] yPrev2 = y0;
        double[][] yPrev = new double[nx][n];
        double mu1 = w1 / 3;
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < n; k++) {
                yPrev[i][k] = y0[i][k] + mu1 * dt * m0[i][k];
            }
        }
        for (int j = 2; j <= s; j++) {
            double bj = b(j);
            double mu = (2.0 * j - 1) / j * bj / b(j - 1);
            double nu = -(j - 1.0) / j * bj / b(j - 2);
            double muT = mu * w1;
            double gammaT = -(1 - b(j - 1)) * muT;
            double[][] mPrev = apply(face, yPrev, periodic);
            double[][] y = new double[nx][n];
            for (int i = 0; i < nx; i++) {
                for (int k = 0; k < n; k++) {
                    y[i][k] = mu * yPrev[i][k] + nu * yPrev2[i][k] + (1 - mu - nu) * y0[i][k]
                            + muT * dt * mPrev[i][k] + gammaT * dt * m0[i][k];
                }
            }
            yPrev2 = yPrev;
            yPrev = y;
        }
        return yPrev;
    }

    /** RKL2's {@code b_j}: 1/3 for j ≤ 2, else {@code (j² + j - 2)/(2j(j+1))}. */
    private static double b(int j) {
        return j <= 2 ? 1.0 / 3 : (j * j + j - 2.0) / (2.0 * j * (j + 1));
    }

    /** {@code L ρ = Σ_faces ± F} with {@code F_f = face_f (ρ_{f+1} - ρ_f)}. */
    private static double[][] apply(double[][] face, double[][] rho, boolean periodic) {
        int nx = rho.length;
        int n = rho[0].length;
        double[][] flux = new double[face.length][];
        IntStream.range(0, face.length).parallel().forEach(f -> {
            double[] a = rho[f];
            double[] b = rho[(f + 1) % nx];
            double[] m = face[f];
            double[] out = new double[n];
            for (int k = 0; k < n; k++) {
                double sum = 0;
                int row = k * n;
                for (int j = 0; j < n; j++) {
                    sum += m[row + j] * (b[j] - a[j]);
                }
                out[k] = sum;
            }
            flux[f] = out;
        });
        double[][] out = new double[nx][n];
        for (int f = 0; f < face.length; f++) {
            int left = f;
            int right = (f + 1) % nx;
            for (int k = 0; k < n; k++) {
                out[left][k] += flux[f][k];
                out[right][k] -= flux[f][k];
            }
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
