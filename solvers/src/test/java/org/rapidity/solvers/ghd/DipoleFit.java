package org.rapidity.solvers.ghd;

/**
 * The frequency of a sampled oscillation {@code x(t) ≈ A cos ωt + B sin ωt + C}: for each ω the
 * amplitudes are linear least squares; ω minimises the residual (golden-section search around a
 * guess, after a coarse scan).
 */
final class DipoleFit {

    private DipoleFit() {
    }

    static double frequency(double[] t, double[] x, double guess) {
        double best = guess;
        double bestR = residual(t, x, guess);
        for (double w = 0.5 * guess; w <= 1.5 * guess; w += 0.005 * guess) {
            double r = residual(t, x, w);
            if (r < bestR) {
                bestR = r;
                best = w;
            }
        }
        double a = best - 0.005 * guess;
        double b = best + 0.005 * guess;
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 200; it++) {
            double c = b - g * (b - a);
            double d = a + g * (b - a);
            if (residual(t, x, c) < residual(t, x, d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return 0.5 * (a + b);
    }

    static double residual(double[] t, double[] x, double w) {
        double[][] m = new double[3][3];
        double[] r = new double[3];
        for (int i = 0; i < t.length; i++) {
            double[] f = {Math.cos(w * t[i]), Math.sin(w * t[i]), 1};
            for (int p = 0; p < 3; p++) {
                r[p] += f[p] * x[i];
                for (int q = 0; q < 3; q++) {
                    m[p][q] += f[p] * f[q];
                }
            }
        }
        double[] c = solve3(m, r);
        double s = 0;
        for (int i = 0; i < t.length; i++) {
            double fit = c[0] * Math.cos(w * t[i]) + c[1] * Math.sin(w * t[i]) + c[2];
            s += (x[i] - fit) * (x[i] - fit);
        }
        return s;
    }

    private static double[] solve3(double[][] a, double[] b) {
        double det = det(a);
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double[][] m = new double[3][];
            for (int i = 0; i < 3; i++) {
                m[i] = a[i].clone();
                m[i][k] = b[i];
            }
            out[k] = det(m) / det;
        }
        return out;
    }

    private static double det(double[][] a) {
        return a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
    }
}
