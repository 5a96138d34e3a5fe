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
 * <p>Computation (the recursion the paper describes, done exactly and then summed in closed
 * form): with {@code z_2 < … < z_n} (the integrand is symmetric in them) the exponent is
 * piecewise linear, and the integral splits over the {@code (n+1)n} places of the two
 * distinguished points {@code 0} and {@code z_1} among the others. On each cone the points below
 * {@code 0}, with exponent coefficients {@code β_1 … β_m} from the lowest up, and those above,
 * with {@code γ_1 … γ_r}, integrate to
 * <pre>
 *   ∫_{y_1<…<y_m<0} e^{Σβ_k y_k} = Π_k 1/(β_1+…+β_k),     ∫_{0<y_1<…<y_r} e^{Σγ_k y_k} = Π_k 1/(-(γ_k+…+γ_r)),
 * </pre>
 * the paper's {@code I_j[q_1…q_j] = (i/q_j) I_{j-1}[q_1…q_{j-1}+q_j]} unrolled. With the exponent
 * {@code -Σ w_{ab}|y_a - y_b|} a prefix sum {@code β_1+…+β_k} is the total weight of the pairs cut
 * between the {@code k} lowest points and the rest (the pairs inside cancel), less {@code ix} if
 * {@code z_1} is among them; a suffix sum likewise, plus {@code ix}. The weights are 1 between two
 * others, ½ from {@code 0} or {@code z_1} to an other, 0 between {@code 0} and {@code z_1}, so a
 * cut holding {@code m} others costs {@code f_m = m(n-m)}, and {@code m} others with {@code z_1}
 * cost {@code g_m = m(n-1-m) + (n-1)/2}. A cone with {@code a} others below {@code 0} and
 * {@code z_1} below {@code 0} above {@code r ≤ a} of them gives
 * <pre>
 *   A_r · Π_{m=r}^{a} 1/(g_m - ix) · A_{n-1-a},     A_k = Π_{j=1}^{k} 1/f_j,
 * </pre>
 * and its mirror image ({@code z_1} above {@code 0}) the complex conjugate. The normalisation
 * {@code g(0) = ∫dz_2…dz_n ψ̄_n(0, z_2…)²} (all weights 1, cuts {@code f_m}) is
 * {@code Σ_a A_a A_{n-1-a} = n A_{n-1} = n/((n-1)!)²}, since {@code f_j = f_{n-j}} makes every
 * term {@code A_{n-1}}; the same symmetry gives {@code A_r A_{n-1-a} = A_{n-1} Π_{m=r+1}^{a} f_m}.
 * Hence, with {@code h_m = 1/(g_m - ix)},
 * <pre>
 *   C_n(x) = n ĝ(x)/(2π g(0)) = (1/π) Re Σ_{0≤r≤a≤n-1} h_r Π_{m=r+1}^{a} f_m h_m
 *          = (1/π) Re Σ_a J_a,     J_a = h_a (1 + f_a J_{a-1}),  J_{-1} = 0,
 * </pre>
 * {@code O(n)} per point (the direct sum over cones costs {@code O(n³)}; it is kept in the tests
 * as an oracle), with factors {@code f_m h_m} of order one instead of products of {@code n} cuts.
 * Every term with {@code r < a} is a product of two or more {@code h}, all with their pole in the
 * lower half plane, and integrates to zero; each of the {@code n} terms {@code h_a} integrates to
 * {@code π}: {@code ∫C_n = n} exactly. The sum rules {@code ∫C_n = n} and
 * {@code ∫x²C_n = n(n²-1)/12} (S14), and the contact tail {@code x⁴C_n → n(n²-1)/(12π)}, are
 * checked by the tests. At large {@code |x|} the terms (each {@code ~x⁻²} once the real part is
 * taken) cancel down to {@code ~x⁻⁴}: relative accuracy degrades like {@code 5·10⁻¹⁶ x²}, as in
 * the direct sum (against 60-digit arithmetic: 4e-11 at {@code x = 300} for n = 2, 7e-10 at
 * {@code x = 5000} for n = 96), so values beyond {@code |x| ~ 10⁶} carry few digits.
 */
public final class StringMomentum {

    private StringMomentum() {
    }

    /** {@code C_n(x)} for {@code n >= 2} (at {@code c = -1}; dimensionless). */
    public static double value(int n, double x) {
        return new Cuts(n).value(x);
    }

    /** {@code C_n} at each of {@code xs}. */
    public static double[] table(int n, double[] xs) {
        Cuts cuts = new Cuts(n);
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = cuts.value(xs[i]);
        }
        return out;
    }

    /** The cut weights {@code f_m = m(n-m)}, {@code g_m = m(n-1-m) + (n-1)/2} of one {@code n}. */
    private static final class Cuts {
        private final double[] f;
        private final double[] g;

        Cuts(int n) {
            if (n < 2) {
                throw new IllegalArgumentException(
                        "C_n is a function for n >= 2 (C_1 = δ), got n = " + n);
            }
            f = new double[n];
            g = new double[n];
            for (int m = 0; m < n; m++) {
                f[m] = m * (double) (n - m);
                g[m] = m * (double) (n - 1 - m) + 0.5 * (n - 1);
            }
        }

        /** {@code C_n(x) = (1/π) Re Σ_a J_a}, {@code J_a = h_a(1 + f_a J_{a-1})}. */
        double value(double x) {
            double jr = 0;
            double ji = 0;
            double sum = 0;
            for (int a = 0; a < f.length; a++) {
                // h_a = 1/(g_a - ix) = (g_a + ix)/(g_a² + x²)
                double d = g[a] * g[a] + x * x;
                double hr = g[a] / d;
                double hi = x / d;
                double ur = 1 + f[a] * jr;
                double ui = f[a] * ji;
                jr = hr * ur - hi * ui;
                ji = hr * ui + hi * ur;
                sum += jr;
            }
            return sum / Math.PI;
        }
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
            Cuts cuts = new Cuts(n);
            int off = space.offset(a);
            for (int k = 0; k < space.grid(a).size(); k++) {
                double wr = space.weight(off + k) * rho[off + k];
                if (wr == 0) {
                    continue;
                }
                for (int i = 0; i < n1; i++) {
                    out[i] += wr / absC * cuts.value((p[i] - space.theta(off + k)) / absC);
                }
            }
        }
        return out;
    }
}
