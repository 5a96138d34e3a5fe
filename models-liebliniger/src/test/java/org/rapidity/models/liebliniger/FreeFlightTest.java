package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.observables.HalfMaximum;

/**
 * The 3D stage ({@link FreeFlight}): free flight of a Gaussian cloud against its closed form,
 * the breaking of strings against {@code C_n} itself, and the atoms kept.
 */
class FreeFlightTest {

    /** A uniform grid of {@code n} cells on {@code [-h, h]}: centres. */
    private static double[] cells(double h, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -h + (i + 0.5) * 2 * h / n;
        }
        return x;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /**
     * A Boltzmann cloud {@code ρ(x, λ) ∝ exp(-x²/2σ_x² - λ²/2σ_λ²)} of 1-strings flies freely
     * ({@code z = x + 2λt}): {@code ⟨z²⟩(t) = σ_x² + 4σ_λ²t²} exactly, and {@code d(z)} is the
     * Gaussian of that variance (plus the cells' own {@code (Δx² + (2tΔλ)²)/12}), with its FWHM
     * {@code 2√(2 ln 2) σ_z}; the atoms are kept.
     */
    @Test
    void gaussianCloudExpandsAsTheClosedForm() {
        double sx = 3;
        double sl = 1;
        int nx = 160;
        int nl = 200;
        double[] x = cells(8 * sx, nx);
        double[] l = cells(8 * sl, nl);
        double dx = 16 * sx / nx;
        double dl = 16 * sl / nl;
        double atoms = 17;
        double[][] rho = new double[nx][nl];
        for (int i = 0; i < nx; i++) {
            for (int k = 0; k < nl; k++) {
                rho[i][k] = atoms / (2 * Math.PI * sx * sl) * Math.exp(-x[i] * x[i]
                        / (2 * sx * sx) - l[k] * l[k] / (2 * sl * sl));
            }
        }
        int[] ones = new int[nl];
        java.util.Arrays.fill(ones, 1);
        FreeFlight.PhaseSpace ps = new FreeFlight.PhaseSpace(x, filled(nx, dx), ones, l,
                filled(nl, dl), rho, 2.0);
        for (double t : new double[] {0, 1, 5}) {
            double[] m = FreeFlight.moments(ps, t);
            double var = sx * sx + 4 * sl * sl * t * t;
            assertEquals(atoms, m[0], 1e-10);
            assertEquals(0, m[1], 1e-10);
            assertEquals(var, m[2] / m[0], 1e-9 * var);
            if (t == 0) {
                continue;
            }
            FreeFlight.AxialProfile d = FreeFlight.profile(ps, t, 800);
            double h = d.z()[1] - d.z()[0];
            double sum = 0;
            double worst = 0;
            double cellVar = (dx * dx + 4 * t * t * dl * dl) / 12;
            double sz = Math.sqrt(var + cellVar);
            double peak = atoms / (Math.sqrt(2 * Math.PI) * sz);
            for (int j = 0; j < d.z().length; j++) {
                sum += h * d.density()[j];
                double z = d.z()[j];
                worst = Math.max(worst, Math.abs(d.density()[j] - peak * Math.exp(-z * z
                        / (2 * sz * sz))));
            }
            double fwhm = HalfMaximum.fullWidth(d.z(), d.density());
            System.out.printf(Locale.ROOT, "Gaussian free flight t = %.0f: atoms %.15f, max"
                    + " |d - Gaussian|/peak %.2e, FWHM %.6f (closed form %.6f)%n", t, sum,
                    worst / peak, fwhm, 2 * Math.sqrt(2 * Math.log(2)) * sz);
            assertEquals(ps.atoms(), sum, 1e-12 * atoms); // every cell deposits all its atoms
            assertTrue(worst < 2e-3 * peak, "profile off the Gaussian by " + worst / peak);
            assertEquals(2 * Math.sqrt(2 * Math.log(2)) * sz, fwhm, 2e-3 * sz);
        }
    }

    /**
     * One n-string at rest breaks into {@code C_n}: {@code d(z) = C_n(z/s)/s},
     * {@code s = 2t|c|}, pointwise against {@link StringMomentum#value}; its atoms are kept (the
     * window loses the {@code y⁻⁴} tail only) and the exact second moment is the sum rule
     * {@code n·s²(n²-1)/12}.
     */
    @Test
    void stringsBreakIntoTheirMomentumDistribution() {
        double c = 1.5;
        double t = 2;
        double s = 2 * t * c;
        for (int n : new int[] {2, 3, 5}) {
            double tiny = 1e-6;
            FreeFlight.PhaseSpace ps = new FreeFlight.PhaseSpace(new double[] {0},
                    new double[] {tiny}, new int[] {n}, new double[] {0},
                    new double[] {tiny}, new double[][] {{1 / (tiny * tiny)}}, c);
            assertEquals(n, ps.atoms(), 1e-12);
            double[] m = FreeFlight.moments(ps, t);
            assertEquals(n, m[0], 1e-12);
            assertEquals(n * s * s * (n * n - 1) / 12.0, m[2], 1e-9);
            FreeFlight.AxialProfile d = FreeFlight.profile(ps, t, 4000);
            double h = d.z()[1] - d.z()[0];
            double sum = 0;
            double worst = 0;
            double top = StringMomentum.value(n, 0) / s;
            for (int j = 0; j < d.z().length; j++) {
                sum += h * d.density()[j];
                if (j % 97 == 0) {
                    double exact = StringMomentum.value(n, d.z()[j] / s) / s;
                    worst = Math.max(worst, Math.abs(d.density()[j] - exact));
                }
            }
            System.out.printf(Locale.ROOT, "%d-string broken: atoms %.8f of %d, max |d - C_n/s|"
                    + "/max %.2e%n", n, sum, n, worst / top);
            assertEquals(n, sum, 1e-4 * n);
            assertTrue(worst < 1e-6 * top, "d off C_n by " + worst / top);
        }
    }
}
