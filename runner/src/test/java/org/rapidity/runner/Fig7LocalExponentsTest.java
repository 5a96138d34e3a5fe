package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Fig7LocalExponents} on exactly collapsing kurtosis curves
 * ({@link RateCollapseTest#collapsing}) whose rate follows a power law with a drifting
 * exponent: {@code Γ ∝ V0²} between {@code V0 = 1} and {@code 1.5}, {@code Γ ∝ V0⁴} between
 * {@code 1.5} and {@code 3}, and a run at another {@code ξ} that must not be paired with them.
 */
class Fig7LocalExponentsTest {

    static final double GAMMA = 2e-4;

    static Fig7MdRates.Run run(double v0, double xi, double gamma, boolean sizeCheck) {
        RateCollapse.Curve c = RateCollapseTest.collapsing(v0, gamma);
        return new Fig7MdRates.Run(new RateCollapse.Curve(v0, xi, c.t(), c.k(), c.err()), 32,
                sizeCheck);
    }

    static List<Fig7MdRates.Run> drifting() {
        double g15 = GAMMA * 1.5 * 1.5;
        // out of order, a size check and a lone run at ξ = 6: none of them may be paired
        return new ArrayList<>(List.of(run(3, 8, g15 * 16, false), run(1, 8, GAMMA, false),
                run(2, 8, 1e-3, true), run(1.5, 8, g15, false), run(2, 6, 5e-3, false)));
    }

    @Test
    void recoversTheDriftOfTheExponentAtEveryPlateauFraction() {
        for (double f : Fig7MdRates.PLATEAU_FRACTIONS) {
            List<Fig7LocalExponents.Local> l = Fig7LocalExponents.neighbours(drifting(),
                    r -> Fig7MdRates.plateauFractionRate(r.curve(), f, 0));
            assertEquals(2, l.size(), "pairs at ξ = 8 only, size check left out: " + l);
            assertEquals(1, l.get(0).v0a(), 0);
            assertEquals(1.5, l.get(0).v0b(), 0);
            assertEquals(3, l.get(1).v0b(), 0);
            assertEquals(2, l.get(0).p(), 1e-6, "f = " + f);
            assertEquals(4, l.get(1).p(), 1e-6, "f = " + f);
            // collapsing curves: equal relative errors ε, so σ = √2 ε / ln(V0_b/V0_a)
            double[] g = Fig7MdRates.plateauFractionRate(drifting().get(1).curve(), f, 0);
            double eps = g[1] / g[0];
            assertEquals(Math.sqrt(2) * eps / Math.log(1.5), l.get(0).sp(), 1e-6 * eps);
            assertEquals(Math.sqrt(2) * eps / Math.log(2), l.get(1).sp(), 1e-6 * eps);
        }
    }

    @Test
    void exponentPropagatesIndependentErrorsAndRejectsMissingRates() {
        double[] p = Fig7LocalExponents.exponent(1, new double[] {1, 0.03}, 2,
                new double[] {8, 0.32});
        assertEquals(3, p[0], 1e-12);
        assertEquals(0.05 / Math.log(2), p[1], 1e-12);
        double[] none = Fig7LocalExponents.exponent(1, new double[] {Double.NaN, Double.NaN}, 2,
                new double[] {8, 0.32});
        assertTrue(Double.isNaN(none[0]) && Double.isNaN(none[1]));
    }

    @Test
    void reportTabulatesPairsAndSkipsTheFitAtOneXi() {
        List<Fig7MdRates.Run> eight = drifting().subList(0, 4);
        List<String> md = new ArrayList<>();
        assertEquals(null, Fig7MdRates.report(eight, md), "q is undetermined at one ξ");
        String text = String.join("\n", md);
        assertTrue(text.contains("| 8 | 1 → 1.5 | 0.125 → 0.188 | 2.00 ± "), text);
        assertTrue(text.contains("| 8 | 1.5 → 3 | 0.188 → 0.375 | 4.00 ± "), text);
        assertTrue(text.contains("all runs at one ξ"), text);
    }
}
