package org.rapidity.solvers.ghd;

/**
 * Anderson acceleration of a fixed-point iteration {@code x = g(x)} (Anderson 1965; the form of
 * Walker and Ni, SIAM J. Numer. Anal. 49, 1715 (2011), with the last {@code m} differences):
 * with residuals {@code f_j = g(x_j) - x_j},
 * <pre>
 *   x_{k+1} = g(x_k) - Σ_j γ_j Δg_j,   γ = argmin |f_k - Σ_j γ_j Δf_j|,
 * </pre>
 * {@code Δg_j = g(x_{j+1}) - g(x_j)}, {@code Δf_j} likewise. Without history it is the plain
 * iteration {@code x_{k+1} = g(x_k)}.
 */
final class AndersonMixing {
    private final int history;
    private final double[][] dg;
    private final double[][] df;
    private int stored;
    private double[] gPrev;
    private double[] fPrev;

    /** Mixing with the last {@code history} differences. */
    AndersonMixing(int history) {
        this.history = history;
        this.dg = new double[history][];
        this.df = new double[history][];
    }

    /** The next iterate from the current one {@code x} and {@code g(x)}. */
    double[] next(double[] x, double[] g) {
        int size = x.length;
        double[] f = new double[size];
        for (int q = 0; q < size; q++) {
            f[q] = g[q] - x[q];
        }
        if (gPrev != null) {
            if (stored == history) {
                System.arraycopy(dg, 1, dg, 0, history - 1);
                System.arraycopy(df, 1, df, 0, history - 1);
                stored--;
            }
            dg[stored] = difference(g, gPrev);
            df[stored] = difference(f, fPrev);
            stored++;
        }
        gPrev = g;
        fPrev = f;
        double[] gamma = leastSquares(f);
        double[] out = g.clone();
        for (int j = 0; j < stored; j++) {
            for (int q = 0; q < size; q++) {
                out[q] -= gamma[j] * dg[j][q];
            }
        }
        return out;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int q = 0; q < a.length; q++) {
            d[q] = a[q] - b[q];
        }
        return d;
    }

    /** {@code γ} minimising {@code |f - Σ_j γ_j Δf_j|} (normal equations, regularised). */
    private double[] leastSquares(double[] f) {
        int count = stored;
        double[] gamma = new double[count];
        if (count == 0) {
            return gamma;
        }
        double[][] a = new double[count][count + 1];
        double trace = 0;
        for (int i = 0; i < count; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (int q = 0; q < f.length; q++) {
                    s += df[i][q] * df[j][q];
                }
                a[i][j] = s;
                a[j][i] = s;
            }
            double s = 0;
            for (int q = 0; q < f.length; q++) {
                s += df[i][q] * f[q];
            }
            a[i][count] = s;
            trace += a[i][i];
        }
        for (int i = 0; i < count; i++) {
            a[i][i] += 1e-12 * trace + 1e-300;
        }
        for (int c = 0; c < count; c++) { // Gauss elimination, partial pivoting
            int piv = c;
            for (int r = c + 1; r < count; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] swap = a[c];
            a[c] = a[piv];
            a[piv] = swap;
            for (int r = c + 1; r < count; r++) {
                double l = a[r][c] / a[c][c];
                for (int j = c; j <= count; j++) {
                    a[r][j] -= l * a[c][j];
                }
            }
        }
        for (int r = count - 1; r >= 0; r--) {
            double s = a[r][count];
            for (int j = r + 1; j < count; j++) {
                s -= a[r][j] * gamma[j];
            }
            gamma[r] = s / a[r][r];
        }
        return gamma;
    }
}
