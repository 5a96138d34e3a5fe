package org.rapidity.models.liebliniger;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The string momentum functions {@code C_n} of the strings paper, (S12)-(S13): the momentum
 * distribution of the atoms of one n-string of zero rapidity at {@code c = -1},
 * <pre>
 *   C_n(x) = ∫dz_1 e^{-ixz_1} ∫dz_2…dz_n ψ̄_n(0, z_2, …, z_n) ψ̄_n(z_1, z_2, …, z_n),
 *   ψ̄_n(z) = exp(-½ Σ_{i<j} |z_i - z_j|),
 * </pre>
 * normalised so that {@code ∫dx C_n = n} (the atoms of the string); the momentum distribution
 * after a 1D expansion is {@code P(p) = Σ_n ∫dλ (1/|c|) C_n((p-λ)/|c|) ρ_n(λ)} (S12), and
 * {@code C_1 = δ}.
 *
 * <p>Computation (the recursion the paper describes, done exactly): with {@code z_2 < … < z_n}
 * (the integrand is symmetric in them) the exponent is piecewise linear, and the integral splits
 * over the {@code (n+1)n} places of the two distinguished points {@code 0} and {@code z_1} among
 * the others. On each cone the points below {@code 0}, with exponent coefficients
 * {@code β_1 … β_m} from the lowest up, and those above, with {@code γ_1 … γ_r}, integrate to
 * <pre>
 *   ∫_{y_1<…<y_m<0} e^{Σβ_k y_k} = Π_k 1/(β_1+…+β_k),     ∫_{0<y_1<…<y_r} e^{Σγ_k y_k} = Π_k 1/(-(γ_k+…+γ_r)),
 * </pre>
 * the paper's {@code I_j[q_1…q_j] = (i/q_j) I_{j-1}[q_1…q_{j-1}+q_j]} unrolled. The factor
 * {@code e^{-ixz_1}} makes the coefficients of {@code z_1} complex. The normalisation
 * {@code g(0) = ∫dz_2…dz_n ψ̄_n(0, z_2…)²} is computed the same way, independently, and
 * {@code C_n(x) = n ĝ(x)/(2π g(0))}. The sum rules {@code ∫C_n = n} and
 * {@code ∫x²C_n = n(n²-1)/12} (S14), and the contact tail {@code x⁴C_n → n(n²-1)/(12π)}, are
 * checked by the tests. Cost {@code O(n³)} per point. At large {@code |x|} the terms (each
 * {@code ~1/|x|}) cancel down to {@code ~x⁻⁴}: relative accuracy is about
 * {@code 10⁻¹⁶ x³}, so values beyond {@code |x| ~ 10³} carry few digits.
 */
public final class StringMomentum {

    private StringMomentum() {
    }

    /** {@code C_n(x)} for {@code n >= 2} (at {@code c = -1}; dimensionless). */
    public static double value(int n, double x) {
        if (n < 2) {
            throw new IllegalArgumentException("C_n is a function for n >= 2 (C_1 = δ), got n = "
                    + n);
        }
        return n * fourierOverlap(n, x) / (2 * Math.PI * overlapAtZero(n));
    }

    /** {@code C_n} at each of {@code xs}. */
    public static double[] table(int n, double[] xs) {
        double norm = n / (2 * Math.PI * overlapAtZero(n));
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = norm * fourierOverlap(n, xs[i]);
        }
        return out;
    }

    /**
     * {@code ĝ(x) = ∫dz_1 e^{-ixz_1} g(z_1)} with {@code g(z_1) = ∫_{z_2<…<z_n}
     * ψ̄(0,z_2…) ψ̄(z_1,z_2…)}. Pair weights in the exponent {@code -Σ w|y - y'|}: 1 between two
     * of {@code z_2…z_n} (½ from each wave function), ½ between {@code z_1} and any of them,
     * ½ between {@code 0} and any of them, 0 between {@code z_1} and {@code 0}.
     */
    static double fourierOverlap(int n, double x) {
        int others = n - 1;
        int slots = n + 1;
        double[] bre = new double[slots];
        double[] bim = new double[slots];
        double sum = 0;
        for (int p0 = 0; p0 < slots; p0++) {
            for (int p1 = 0; p1 < slots; p1++) {
                if (p1 == p0) {
                    continue;
                }
                for (int k = 0; k < slots; k++) {
                    bim[k] = 0;
                    if (k == p0) {
                        bre[k] = 0;
                    } else if (k == p1) {
                        int below = p1 - (p0 < p1 ? 1 : 0);
                        int above = others - below;
                        bre[k] = 0.5 * (above - below);
                        bim[k] = -x;
                    } else {
                        int below = k - (p0 < k ? 1 : 0) - (p1 < k ? 1 : 0);
                        int above = others - 1 - below;
                        bre[k] = (above - below) + (p0 > k ? 0.5 : -0.5) + (p1 > k ? 0.5 : -0.5);
                    }
                }
                // product over the points below 0 of 1/(prefix sums), above 0 of 1/(-suffix sums)
                double pr = 1;
                double pi = 0;
                double sr = 0;
                double si = 0;
                for (int k = 0; k < p0; k++) {
                    sr += bre[k];
                    si += bim[k];
                    double d = sr * sr + si * si;
                    double nr = (pr * sr + pi * si) / d;
                    double ni = (pi * sr - pr * si) / d;
                    pr = nr;
                    pi = ni;
                }
                sr = 0;
                si = 0;
                for (int k = slots - 1; k > p0; k--) {
                    sr -= bre[k];
                    si -= bim[k];
                    double d = sr * sr + si * si;
                    double nr = (pr * sr + pi * si) / d;
                    double ni = (pi * sr - pr * si) / d;
                    pr = nr;
                    pi = ni;
                }
                sum += pr; // ĝ is real: the imaginary parts cancel between mirror orderings
            }
        }
        return sum;
    }

    /** {@code g(0) = ∫_{z_2<…<z_n} ψ̄(0, z_2…)²}: all pair weights 1. */
    static double overlapAtZero(int n) {
        int others = n - 1;
        int slots = n;
        double sum = 0;
        double[] b = new double[slots];
        for (int p0 = 0; p0 < slots; p0++) {
            for (int k = 0; k < slots; k++) {
                if (k == p0) {
                    b[k] = 0;
                } else {
                    int below = k - (p0 < k ? 1 : 0);
                    int above = others - 1 - below;
                    b[k] = (above - below) + (p0 > k ? 1 : -1);
                }
            }
            double prod = 1;
            double s = 0;
            for (int k = 0; k < p0; k++) {
                s += b[k];
                prod /= s;
            }
            s = 0;
            for (int k = slots - 1; k > p0; k--) {
                s -= b[k];
                prod /= s;
            }
            sum += prod;
        }
        return sum;
    }

    /**
     * The momentum distribution after a 1D expansion, (S12), {@code P(p) = Σ_n ∫dλ (1/|c|)
     * C_n((p-λ)/|c|) ρ_n(λ)}, at the rapidity nodes {@code p_i} of the 1-strings, for a state of
     * the attractive gas (density per unit momentum; {@code ∫dp P = Σ_n n ∫ρ_n}). The 1-string
     * term is {@code ρ_1(p_i)} itself; the others are quadratures over each species' nodes.
     */
    public static double[] distribution(TbaState state) {
        if (!(state.model() instanceof AttractiveLiebLiniger)) {
            throw new InvalidInputException("model", "the string momentum distribution (S12)"
                    + " needs the attractive gas (c < 0)");
        }
        AttractiveLiebLiniger m = (AttractiveLiebLiniger) state.model();
        ModeSpace space = state.space();
        double absC = Math.abs(m.coupling());
        double[] rho = state.density();
        int n1 = space.grid(0).size();
        double[] p = new double[n1];
        double[] out = new double[n1];
        for (int i = 0; i < n1; i++) {
            p[i] = space.theta(i);
            out[i] = rho[i];
        }
        for (int a = 1; a < m.strings(); a++) {
            int n = a + 1;
            double norm = n / (2 * Math.PI * overlapAtZero(n)) / absC;
            int off = space.offset(a);
            for (int k = 0; k < space.grid(a).size(); k++) {
                double wr = space.weight(off + k) * rho[off + k];
                if (wr == 0) {
                    continue;
                }
                for (int i = 0; i < n1; i++) {
                    out[i] += wr * norm * fourierOverlap(n, (p[i] - space.theta(off + k)) / absC);
                }
            }
        }
        return out;
    }
}
