package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The ramp of the interaction through {@code c = 0}: the map of a repulsive state at
 * {@code c → 0⁺} onto Bethe-string fillings at {@code c → 0⁻}, the strings paper's (S10),
 * <pre>
 *   ϑ_n(λ)|_{c→0⁻} = 1 - sinh(nΩ/2) sinh((n+2)Ω/2) / sinh²((n+1)Ω/2),
 *   Ω(λ) = lim_{c→0⁺} ln[1 + 1/(2πρ_1(λ))],
 * </pre>
 * computed in the equivalent form {@code ϑ_n = sinh²(Ω/2)/sinh²((n+1)Ω/2)} (from
 * {@code sinh²B - sinh(B-A) sinh(B+A) = sinh²A} with {@code B = (n+1)Ω/2}, {@code A = Ω/2}),
 * evaluated as {@code [e^{-nΩ/2} expm1(-Ω)/expm1(-(n+1)Ω)]²}: the printed form overflows
 * ({@code ∞/∞}) once {@code (n+1)Ω/2 > 710} and loses all digits by cancellation long before.
 *
 * <p>At {@code c → 0⁺} the repulsive kernel tends to {@code δ(λ-λ')}, so the Yang-Yang state is
 * the ideal Bose gas, {@code 2πρ_1 = 1/(e^{β(λ²-μ)} - 1)} with {@code μ < 0}, and
 * {@code Ω = β(λ² - μ)} exactly. At {@code c → 0⁻} the string kernels tend to
 * {@code T_{nn'} → -(2min(n,n') - δ_{nn'}) δ(λ-λ')}: the dressing becomes a linear system at each
 * {@code λ}, {@link #zeroCouplingTotalDensities}. The tests check the particle-number sum rule
 * {@code Σ_n n ρ_n(λ) = ρ_1(λ)} across the ramp and that these fillings solve the string TBA at
 * {@code c → 0⁻} with the driving term {@code nβ(λ² - μ)} (the free-string solution).
 */
public final class StringRamp {

    private StringRamp() {
    }

    /** {@code Ω = ln[1 + 1/(2πρ)]} of a repulsive root density {@code ρ > 0} at {@code c → 0⁺}. */
    public static double omega(double rho) {
        return Math.log1p(1 / (2 * Math.PI * rho));
    }

    /**
     * The filling {@code ϑ_n} of n-strings at {@code c → 0⁻}, (S10) in the stable form.
     *
     * @param n string length, {@code >= 1}
     * @param omega {@code Ω > 0}
     */
    public static double filling(int n, double omega) {
        if (n < 1) {
            throw new IllegalArgumentException("string length must be >= 1, got " + n);
        }
        if (!(omega > 0)) {
            throw new IllegalArgumentException("Ω must be > 0, got " + omega);
        }
        if (omega == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double r = Math.exp(-0.5 * n * omega) * Math.expm1(-omega) / Math.expm1(-(n + 1) * omega);
        return r * r;
    }

    /**
     * Density of the ideal Bose gas, the repulsive gas at {@code c → 0⁺}:
     * {@code n = ∫dλ/2π 1/(e^{β(λ²-μ)} - 1)}, {@code μ < 0}. Computed with the substitution
     * {@code λ = (a/β)^{1/2} sinh u}, {@code a = -βμ}, which makes the integrand smooth for any
     * degeneracy, and Gauss–Legendre quadrature (relative accuracy ~1e-14).
     */
    public static double idealBoseDensity(double beta, double mu) {
        if (!(beta > 0) || !(mu < 0)) {
            throw new InvalidInputException("state.mu", "the ideal Bose gas (c → 0⁺) needs β > 0"
                    + " and μ < 0, got β = " + beta + ", μ = " + mu);
        }
        double a = -beta * mu;
        double upper = asinh(Math.sqrt(60 / a));
        QuadratureGrid g = QuadratureGrid.gaussLegendre(0, upper, 400);
        double s = 0;
        double sa = Math.sqrt(a);
        for (int i = 0; i < g.size(); i++) {
            double ch = Math.cosh(g.node(i));
            s += g.weight(i) * sa * ch / Math.expm1(a * ch * ch);
        }
        return 2 * s / (2 * Math.PI * Math.sqrt(beta));
    }

    /** The {@code μ < 0} at which the ideal Bose gas at {@code β} has density {@code n}. */
    public static double idealBoseChemicalPotential(double beta, double density, String field) {
        if (!(density > 0) || !Double.isFinite(density)) {
            throw new InvalidInputException(field, "need a finite density > 0, got " + density);
        }
        // n decreases monotonically in a = -βμ; bracket ln a
        double lo = -60;
        double hi = 1;
        while (idealBoseDensity(beta, -Math.exp(hi) / beta) > density) {
            hi += 5;
            if (hi > 700) {
                throw new InvalidInputException(field, "density " + density + " is too low");
            }
        }
        if (idealBoseDensity(beta, -Math.exp(lo) / beta) < density) {
            throw new InvalidInputException(field, "density " + density + " is too degenerate for"
                    + " an ideal Bose gas at this temperature (βμ would be > -e^-60)");
        }
        double la = Roots.brent(x -> idealBoseDensity(beta, -Math.exp(x) / beta) - density, lo,
                hi, 1e-15);
        return -Math.exp(la) / beta;
    }

    /**
     * Densities of states {@code ρ^t_n} ({@code n = 1 … N}) at one rapidity at {@code c → 0⁻},
     * where the dressing is local: {@code ρ^t_n + Σ_m (2min(n,m) - δ_{nm}) ϑ_m ρ^t_m = n/2π}.
     *
     * @param fillings {@code ϑ_1 … ϑ_N} at this rapidity
     */
    public static double[] zeroCouplingTotalDensities(double[] fillings) {
        int k = fillings.length;
        double[][] m = new double[k][k + 1];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double kern = 2 * Math.min(a + 1, b + 1) - (a == b ? 1 : 0);
                m[a][b] = (a == b ? 1 : 0) + kern * fillings[b];
            }
            m[a][k] = (a + 1) / (2 * Math.PI);
        }
        // Gaussian elimination with partial pivoting
        for (int col = 0; col < k; col++) {
            int piv = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] t = m[col];
            m[col] = m[piv];
            m[piv] = t;
            for (int r = col + 1; r < k; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= k; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = m[r][k];
            for (int c = r + 1; c < k; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }
}
