package org.rapidity.models.liebliniger;

import java.util.Arrays;

/**
 * The experiment's fit of the second moment of the cloud against an expansion time (the strings
 * paper's Supplementary note 2, "Release energies"),
 * <pre>
 *   ⟨z²⟩(t) = a (t + t_fix)² + b,
 * </pre>
 * with {@code t_fix} the fixed time of the other expansion stage (the 3D time for a scan of the
 * 1D time, and the reverse), {@code a} and {@code b} fitted by least squares: linear in the data,
 * so the fit of a sum of clouds is the atom-weighted mean of their fits. The release energy
 * follows from (S3), {@code ⟨z²⟩ = 2t²⟨E⟩/m}: {@code E = m a/2} (the paper prints {@code 2a/m};
 * PHYSICS.md lists the typo); with ħ = 2m = 1, {@code E = a/4}. {@link #free} also fits
 * {@code t_fix} (then {@code a t² + 2a t_fix t + a t_fix² + b} is a general quadratic, still
 * linear least squares). Units: those of the data.
 */
public final class ExpansionFit {

    /** A fitted parabola {@code a(t + tFix)² + b}. */
    public record Parabola(double a, double tFix, double b) {

        /** The parabola at {@code t}. */
        public double at(double t) {
            double s = t + tFix;
            return a * s * s + b;
        }
    }

    private ExpansionFit() {
    }

    /** {@code a} and {@code b} at the given {@code tFix}, least squares over the points. */
    public static Parabola fixed(double[] t, double[] z2, double tFix) {
        check(t, z2, 2);
        // regress z2 on u = (t + tFix)²: slope a, intercept b
        int n = t.length;
        double mu = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            double s = t[k] + tFix;
            mu += s * s / n;
            my += z2[k] / n;
        }
        double suu = 0;
        double suy = 0;
        for (int k = 0; k < n; k++) {
            double s = t[k] + tFix;
            double du = s * s - mu;
            suu += du * du;
            suy += du * (z2[k] - my);
        }
        if (!(suu > 0)) {
            throw new IllegalArgumentException("the times " + Arrays.toString(t) + " give one"
                    + " value of (t + t_fix)²: nothing to fit");
        }
        double a = suy / suu;
        return new Parabola(a, tFix, my - a * mu);
    }

    /** {@code a}, {@code tFix} and {@code b}: the least-squares quadratic, rewritten. */
    public static Parabola free(double[] t, double[] z2) {
        check(t, z2, 3);
        int n = t.length;
        double t0 = 0;
        for (double v : t) {
            t0 += v / n;
        }
        // normal equations in s = t - t0 for z2 = A s² + B s + C
        double[][] m = new double[3][4];
        for (int k = 0; k < n; k++) {
            double s = t[k] - t0;
            double[] f = {s * s, s, 1};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i][j] += f[i] * f[j];
                }
                m[i][3] += f[i] * z2[k];
            }
        }
        double[] c = solve(m);
        double a = c[0];
        double shift = c[1] / (2 * a); // A s² + B s + C = A (s + B/2A)² + C - B²/4A
        return new Parabola(a, shift - t0, c[2] - c[1] * c[1] / (4 * a));
    }

    /** The release energy {@code m a/2} of a fit, with ħ = 2m = 1: {@code a/4}. */
    public static double releaseEnergy(Parabola p) {
        return p.a() / 4;
    }

    private static void check(double[] t, double[] z2, int least) {
        if (t.length != z2.length || t.length < least) {
            throw new IllegalArgumentException("need at least " + least + " (t, ⟨z²⟩) pairs of"
                    + " equal length; got " + t.length + " and " + z2.length);
        }
    }

    /** Gaussian elimination with partial pivoting of a 3 × 3 augmented system. */
    private static double[] solve(double[][] m) {
        for (int col = 0; col < 3; col++) {
            int piv = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            if (m[col][col] == 0) {
                throw new IllegalArgumentException("fewer than three distinct times: the"
                        + " parabola is not determined");
            }
            for (int r = col + 1; r < 3; r++) {
                double f = m[r][col] / m[col][col];
                for (int j = col; j < 4; j++) {
                    m[r][j] -= f * m[col][j];
                }
            }
        }
        double[] x = new double[3];
        for (int r = 2; r >= 0; r--) {
            double s = m[r][3];
            for (int j = r + 1; j < 3; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
