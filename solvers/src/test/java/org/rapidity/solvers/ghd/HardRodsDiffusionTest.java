package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Profile;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/**
 * Diffusive GHD of hard rods against the linearised hard-rod Navier-Stokes equation (exact to
 * that order): a small Gaussian bump of the density in a thermal background on a ring, evolved
 * by the {@code ghd} solver with {@code "diffusion": true}, against an independent solution of
 * {@code ∂_t δρ + A ∂_x δρ = ½ 𝔇 ∂_x² δρ} (the background's flux Jacobian and diffusion matrix)
 * by Fourier modes in {@code x} and fine RK4 steps in time.
 */
class HardRodsDiffusionTest {

    private static final double A = 1.0;
    private static final double L = 20;

    private static double[] fillingAt(ModeSpace space, double rhoBar) {
        double[] n = new double[space.size()];
        for (int k = 0; k < n.length; k++) {
            n[k] = 2 * Math.PI * rhoBar * HardRodsGhdTest.g(space.theta(k)) / (1 - A * rhoBar);
        }
        return n;
    }

    @Test
    void gaussianBumpSpreadsAsTheLinearisedNavierStokesEquation() {
        int nx = 160;
        double t = 3;
        double eps = 1e-3;
        double w = 1.5;
        HardRods rods = new HardRods(A, Parameters.empty());
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-6, 6, 30));
        QuadratureGrid xg = QuadratureGrid.uniform(-L, L, nx);
        TbaState background = TbaState.fromFilling(space, fillingAt(space, 0.3));
        double[][] fill = new double[nx][];
        double[][] drho = new double[nx][];
        for (int i = 0; i < nx; i++) {
            double x = xg.node(i);
            fill[i] = fillingAt(space, 0.3 + eps * Math.exp(-x * x / (2 * w * w)));
            double[] r = TbaState.fromFilling(space, fill[i]).density();
            double[] r0 = background.density();
            for (int k = 0; k < r.length; k++) {
                r[k] -= r0[k];
            }
            drho[i] = r;
        }
        double[] navierStokes = linearPrediction(background, xg, drho, t, true);
        double[] euler = linearPrediction(background, xg, drho, t, false);
        double[] simulated = new double[nx];
        double[] simulatedEuler = new double[nx];
        for (boolean diffusion : new boolean[] {true, false}) {
            ProfileRun run = new ProfileRun(0, t);
            new GhdSolver(Parameters.validate("solver", GhdSolver.specs(), Map.of("x_min", -L,
                    "x_max", L, "x_points", nx, "boundary", "periodic", "diffusion",
                    diffusion))).run(new Problem(background, List.of(), null, run.times), fill,
                            run);
            Profile end = run.profiles.get(1);
            for (int i = 0; i < nx; i++) {
                (diffusion ? simulated : simulatedEuler)[i] = end.state(i).particleDensity()
                        - background.particleDensity();
            }
        }
        double effect = 0;
        double err = 0;
        double errEuler = 0;
        double peak = 0;
        for (int i = 0; i < nx; i++) {
            effect = Math.max(effect, Math.abs(navierStokes[i] - euler[i]));
            err = Math.max(err, Math.abs(simulated[i] - navierStokes[i]));
            errEuler = Math.max(errEuler, Math.abs(simulatedEuler[i] - euler[i]));
            peak = Math.max(peak, Math.abs(navierStokes[i]));
        }
        System.out.printf(Locale.ROOT, "hard rods diffusion nx=%d: peak δn %.3e, NS - Euler"
                + " %.3e, |diffusive ghd - linear NS| %.3e, |euler ghd - linear Euler| %.3e%n",
                nx, peak, effect, err, errEuler);
        assertTrue(effect > 0.02 * peak, "the diffusion is visible: " + effect + " of " + peak);
        assertTrue(err < 0.05 * effect, "diffusive GHD off the linear Navier-Stokes prediction"
                + " by " + err + ", the diffusive effect is " + effect);
    }

    /**
     * {@code δn(x_i, t) = Σ_θ w δρ} of the linear equation (with or without 𝔇), by the discrete
     * Fourier transform on the ring and RK4 per wave number (modes with |k| ≤ 6 carry the bump).
     */
    static double[] linearPrediction(TbaState background, QuadratureGrid xg, double[][] drho,
            double t, boolean diffusion) {
        int nx = drho.length;
        int n = drho[0].length;
        DMatrixRMaj a = background.fluxJacobian();
        DMatrixRMaj d = diffusion ? background.diffusionMatrix() : new DMatrixRMaj(n, n);
        double length = 2 * L;
        double[] out = new double[nx];
        ModeSpace space = background.space();
        for (int m = -nx / 2; m < nx / 2; m++) {
            double k = 2 * Math.PI * m / length;
            if (Math.abs(k) > 6) {
                continue;
            }
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < nx; i++) {
                double ph = -k * xg.node(i);
                for (int j = 0; j < n; j++) {
                    re[j] += drho[i][j] * Math.cos(ph);
                    im[j] += drho[i][j] * Math.sin(ph);
                }
            }
            int steps = 3000;
            double h = t / steps;
            for (int s = 0; s < steps; s++) {
                double[][] k1 = rhs(a, d, k, re, im);
                double[][] k2 = rhs(a, d, k, axpy(re, 0.5 * h, k1[0]), axpy(im, 0.5 * h, k1[1]));
                double[][] k3 = rhs(a, d, k, axpy(re, 0.5 * h, k2[0]), axpy(im, 0.5 * h, k2[1]));
                double[][] k4 = rhs(a, d, k, axpy(re, h, k3[0]), axpy(im, h, k3[1]));
                for (int j = 0; j < n; j++) {
                    re[j] += h / 6 * (k1[0][j] + 2 * k2[0][j] + 2 * k3[0][j] + k4[0][j]);
                    im[j] += h / 6 * (k1[1][j] + 2 * k2[1][j] + 2 * k3[1][j] + k4[1][j]);
                }
            }
            double cre = 0;
            double cim = 0;
            for (int j = 0; j < n; j++) {
                cre += space.weight(j) * re[j];
                cim += space.weight(j) * im[j];
            }
            for (int i = 0; i < nx; i++) {
                double ph = k * xg.node(i);
                out[i] += (cre * Math.cos(ph) - cim * Math.sin(ph)) / nx;
            }
        }
        return out;
    }

    private static double[] axpy(double[] y, double a, double[] x) {
        double[] o = y.clone();
        for (int i = 0; i < o.length; i++) {
            o[i] += a * x[i];
        }
        return o;
    }

    /** {@code (-ik A - ½k² 𝔇) c} for {@code c = re + i im}. */
    private static double[][] rhs(DMatrixRMaj a, DMatrixRMaj d, double k, double[] re,
            double[] im) {
        int n = re.length;
        double[] ore = new double[n];
        double[] oim = new double[n];
        for (int r = 0; r < n; r++) {
            double are = 0;
            double aim = 0;
            double dre = 0;
            double dim = 0;
            for (int c = 0; c < n; c++) {
                are += a.get(r, c) * re[c];
                aim += a.get(r, c) * im[c];
                dre += d.get(r, c) * re[c];
                dim += d.get(r, c) * im[c];
            }
            ore[r] = k * aim - 0.5 * k * k * dre;
            oim[r] = -k * are - 0.5 * k * k * dim;
        }
        return new double[][] {ore, oim};
    }
}
