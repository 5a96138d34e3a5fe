package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The string momentum functions {@code C_n} of (S12)-(S13) against their sum rules, the
 * closed form for {@code n = 2} and Tan's contact of a single string.
 */
class StringMomentumTest {

    /** {@code ∫dx x^k C_n(x)} with {@code x = n tan(πu/2)}, Gauss–Legendre in u. */
    static double moment(int n, int k, int points) {
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-1, 1, points);
        double s = 0;
        for (int i = 0; i < g.size(); i++) {
            double t = Math.tan(Math.PI * g.node(i) / 2);
            double x = n * t;
            s += g.weight(i) * Math.PI / 2 * n * (1 + t * t) * Math.pow(x, k)
                    * StringMomentum.value(n, x);
        }
        return s;
    }

    /**
     * {@code ∫C_n = n} (the normalisation {@code g(0)} is computed separately from the Fourier
     * transform, so this checks the enumeration of orderings) and {@code ∫x²C_n = n(n²-1)/12},
     * (S14): the kinetic energy {@code E_n - c∂_cE_n} of the string's atoms at {@code λ = 0},
     * {@code c = -1}. The paper's text after (S14) writes {@code ∫dy C_n(y) = n(n²-1)/12}: the
     * {@code y²} is missing. Measured: 1e-15 and 1e-11 relative for n ≥ 4 (to n = 96).
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 7, 12, 25, 96})
    void sumRules(int n) {
        int points = 96;
        assertEquals(n, moment(n, 0, points), 1e-9 * n, "∫C_n");
        double variance = n * (n * n - 1) / 12.0;
        assertEquals(variance, moment(n, 2, points), 1e-9 * variance, "∫x²C_n");
    }

    /**
     * The {@code O(n)} cut-sum recurrence against the direct {@code O(n³)} sum over the cones
     * ({@link StringMomentumOracle}), from the centre through a few {@code σ_n = √((n²-1)/12)}
     * into the {@code x⁻⁴} tail (to {@code 40σ_n}). Both sums cancel from {@code ~x⁻²} terms to
     * {@code ~x⁻⁴}, so their rounding grows with {@code x²}; measured: at most 8e-15 relative
     * within {@code 3σ_n}, 9e-11 at {@code 40σ_n} (n = 96, x = 1108).
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 12, 40, 96})
    void agreesWithTheDirectSumOverCones(int n) {
        double sigma = Math.sqrt((n * (double) n - 1) / 12);
        for (double u : new double[] {0, 0.013, -0.1, 0.37, 0.8, -1, 1.5, 2.2, -3, 4.7, 8, -15,
            40}) {
            double x = u * sigma;
            double oracle = StringMomentumOracle.value(n, x);
            double fast = StringMomentum.value(n, x);
            assertEquals(oracle, fast, 1e-13 * (1 + x * x) * oracle, "x = " + x);
        }
    }

    /**
     * The normalisation in closed form: the direct sum over the {@code n} cones of
     * {@code g(0) = ∫_{z_2<…<z_n} ψ̄(0, z_2…)²} equals {@code n/((n-1)!)²}, each cone giving
     * {@code Π_{j=1}^{n-1} 1/(j(n-j))}: the cut symmetry {@code f_j = f_{n-j}} the recurrence
     * rests on.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 6, 17, 50})
    void normalisationIsNOverFactorialSquared(int n) {
        double cuts = 1;
        for (int j = 1; j < n; j++) {
            cuts *= j * (double) (n - j);
        }
        assertEquals(n, StringMomentumOracle.overlapAtZero(n) * cuts, 1e-13 * n);
    }

    /**
     * n = 2: {@code ψ = e^{-|z_1 - z_2|/2}}, so {@code C_2(x) = 1/(2π(x² + 1/4)²)}. The terms of
     * the ordering sum are ~1/|x| while the sum is ~x⁻⁴, so relative accuracy degrades like
     * {@code 10⁻¹⁶|x|³} (measured 1.6e-14 at x = -7).
     */
    @Test
    void twoStringClosedForm() {
        for (double x : new double[] {0, 0.3, 1, 4.5, -7}) {
            double expected = 1 / (2 * Math.PI * Math.pow(x * x + 0.25, 2));
            assertEquals(expected, StringMomentum.value(2, x),
                    1e-15 * (1 + Math.pow(Math.abs(x), 3)) * expected);
        }
    }

    /**
     * Tan's relation for one string: {@code x⁴C_n(x) → C/2π} with the string's contact
     * {@code C = c²⟨Σ_{i≠j}δ(z_i - z_j)⟩ = c² ∂_cE_n = n(n²-1)/6} at {@code c = -1}
     * (Hellmann-Feynman on {@code E_n}). Two points, Richardson in {@code 1/x²}.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 8})
    void tailIsTheContactOfTheString(int n) {
        double x1 = 20 * n;
        double x2 = 40 * n;
        double a1 = Math.pow(x1, 4) * StringMomentum.value(n, x1);
        double a2 = Math.pow(x2, 4) * StringMomentum.value(n, x2);
        double tail = (4 * a2 - a1) / 3;
        double contact = n * (n * n - 1) / 6.0;
        assertEquals(contact / (2 * Math.PI), tail, 1e-5 * contact);
    }

    /**
     * (S12) for a ramp state: the momentum distribution after expansion integrates to the
     * atom density {@code Σ_n n∫ρ_n} (the momentum grid, that of the 1-strings, must be wide
     * and fine: the {@code C_n((p-λ)/|c|)} have width ~|c|/2 and tails falling as
     * {@code p⁻⁴}).
     */
    @Test
    void expandedMomentumDistributionCountsEveryAtom() {
        AttractiveLiebLiniger m = new AttractiveLiebLiniger(-2, 4);
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-60, 60, 1200);
        ModeSpace sp = ModeSpace.of(m, java.util.List.of(g,
                QuadratureGrid.gaussLegendre(-6, 6, 60), QuadratureGrid.gaussLegendre(-6, 6, 60),
                QuadratureGrid.gaussLegendre(-6, 6, 60)));
        TbaState s = TbaState.fromFilling(sp, StringRampStateProvider.fillings(sp, 1, -0.5));
        double[] p = StringMomentum.distribution(s);
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            total += g.weight(i) * p[i];
        }
        // the tails beyond |p| = 60 hold 2|c|³ Σ_n A_n ∫ρ_n/(3·60³), A_n = n(n²-1)/12π: 2e-6 here
        assertEquals(s.particleDensity(), total, 1e-5 * s.particleDensity());
    }
}
