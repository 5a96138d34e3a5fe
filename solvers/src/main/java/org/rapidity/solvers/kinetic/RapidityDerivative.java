package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.QuadratureGrid;

/**
 * Derivatives in rapidity on a uniform grid of {@code N} midpoints with spacing {@code h}.
 * <ul>
 *   <li>{@link #spectral}: Fourier differentiation (period {@code L = N h}), for functions that
 *       vanish smoothly at both ends of the interval (densities, fluxes). Its matrix is
 *       antisymmetric and annihilates constants, so {@code Σ_i h (D f)_i = 0} exactly: a flux
 *       written as {@code ∂_θ J} conserves particle number to rounding. Matrix entries (Trefethen,
 *       <i>Spectral Methods in MATLAB</i>, ch. 3): {@code D_ij = (π/L)(-1)^{i-j} cot(π(i-j)/N)}
 *       for even {@code N}, {@code csc} in place of {@code cot} for odd {@code N}.</li>
 *   <li>{@link #conservative}: eighth-order central differences wrapped periodically, for the
 *       flux of a kinetic equation. The matrix is antisymmetric and exact on polynomials of degree
 *       up to 8 away from the ends, so by summation by parts {@code Σ h (D J)} vanishes exactly
 *       and {@code Σ h θ (D J) = -Σ h J}, {@code Σ h (θ²/2)(D J) = -Σ h θ J} hold up to the values
 *       of {@code J} within four nodes of the ends: particle number, momentum and energy are then
 *       conserved to rounding (the Fourier matrix, not exact on {@code θ²}, loses energy at
 *       {@code O(h³)}).</li>
 *   <li>{@link #finiteDifference}: sixth-order finite differences (one-sided near the ends), for
 *       functions that do not vanish at the ends (the effective velocity).</li>
 * </ul>
 */
public final class RapidityDerivative {

    private final int n;
    private final double h;
    private final double[] spectralRow;

    /**
     * @param grid a uniform grid
     * @throws IllegalArgumentException for another quadrature rule
     */
    public RapidityDerivative(QuadratureGrid grid) {
        if (grid.rule() != QuadratureGrid.Rule.UNIFORM) {
            throw new IllegalArgumentException("spectral differentiation needs a uniform grid");
        }
        this.n = grid.size();
        this.h = grid.weight(0);
        double length = n * h;
        // row of the circulant matrix: entry for offset m = i - j (m = 1..n-1)
        this.spectralRow = new double[n];
        for (int m = 1; m < n; m++) {
            double x = Math.PI * m / n;
            double sign = (m % 2 == 0) ? 1 : -1;
            double core = n % 2 == 0 ? 1 / Math.tan(x) : 1 / Math.sin(x);
            spectralRow[m] = Math.PI / length * sign * core;
        }
    }

    /** {@code (D f)_i = Σ_j D_ij f_j} with the Fourier differentiation matrix. */
    double[] spectral(double[] f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    int m = i - j;
                    s += spectralRow[m < 0 ? m + n : m] * f[j];
                }
            }
            out[i] = s;
        }
        return out;
    }

    /** Eighth-order central weights for offsets 1..4 (antisymmetric stencil). */
    private static final double[] EIGHTH = {4.0 / 5, -1.0 / 5, 4.0 / 105, -1.0 / 280};

    /** Eighth-order central differences with periodic wrap (see the class documentation). */
    public double[] conservative(double[] f) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int m = 1; m <= 4; m++) {
                s += EIGHTH[m - 1] * (f[Math.floorMod(i + m, n)] - f[Math.floorMod(i - m, n)]);
            }
            out[i] = s / h;
        }
        return out;
    }

    /**
     * The matrix of {@link #conservative} ({@code (D f)_i = Σ_j D_ij f_j}): banded, antisymmetric,
     * wrapped periodically.
     */
    public org.ejml.data.DMatrixRMaj conservativeMatrix() {
        org.ejml.data.DMatrixRMaj d = new org.ejml.data.DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int m = 1; m <= 4; m++) {
                d.add(i, Math.floorMod(i + m, n), EIGHTH[m - 1] / h);
                d.add(i, Math.floorMod(i - m, n), -EIGHTH[m - 1] / h);
            }
        }
        return d;
    }

    private static final double[] CENTRAL = {-1.0 / 60, 3.0 / 20, -3.0 / 4, 0, 3.0 / 4,
        -3.0 / 20, 1.0 / 60};

    /** Sixth-order central differences; one-sided (Fornberg) stencils at the three end nodes. */
    double[] finiteDifference(double[] f) {
        double[] out = new double[n];
        if (n < 7) {
            for (int i = 0; i < n; i++) {
                int a = Math.max(0, i - 1);
                int b = Math.min(n - 1, i + 1);
                out[i] = (f[b] - f[a]) / ((b - a) * h);
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            if (i >= 3 && i < n - 3) {
                double s = 0;
                for (int k = -3; k <= 3; k++) {
                    s += CENTRAL[k + 3] * f[i + k];
                }
                out[i] = s / h;
            } else {
                out[i] = oneSided(f, i);
            }
        }
        return out;
    }

    /** Derivative at node i from the seven nearest nodes (Lagrange weights, exact to degree 6). */
    private double oneSided(double[] f, int i) {
        int start = Math.max(0, Math.min(i - 3, n - 7));
        double s = 0;
        for (int a = 0; a < 7; a++) {
            s += lagrangeDerivativeWeight(start, a, i) * f[start + a];
        }
        return s;
    }

    /** d/dx of the a-th Lagrange basis polynomial on nodes start..start+6, at node i. */
    private double lagrangeDerivativeWeight(int start, int a, int i) {
        double xa = (start + a) * h;
        double xi = i * h;
        double denom = 1;
        for (int b = 0; b < 7; b++) {
            if (b != a) {
                denom *= xa - (start + b) * h;
            }
        }
        double sum = 0;
        for (int c = 0; c < 7; c++) {
            if (c == a) {
                continue;
            }
            double prod = 1;
            for (int b = 0; b < 7; b++) {
                if (b != a && b != c) {
                    prod *= xi - (start + b) * h;
                }
            }
            sum += prod;
        }
        return sum / denom;
    }
}
