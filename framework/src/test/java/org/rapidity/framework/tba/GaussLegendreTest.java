package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Gauss–Legendre rule: against Commons Math, exactness, symmetry, and its cost. */
class GaussLegendreTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 10, 17, 32, 64})
    void agreesWithCommonsMath(int n) {
        GaussIntegrator ref = new GaussIntegratorFactory().legendre(n, -2, 3);
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-2, 3, n);
        for (int i = 0; i < n; i++) {
            assertEquals(ref.getPoint(i), g.node(i), 1e-14, "node " + i);
            assertEquals(ref.getWeight(i), g.weight(i), 1e-14, "weight " + i);
        }
    }

    /** Exact for {@code x^k}, {@code k ≤ 2N-1}, on [-1, 1]: {@code ∫x^k = 2/(k+1)} (k even). */
    @ParameterizedTest
    @ValueSource(ints = {7, 100, 1000})
    void exactForPolynomialsOfDegreeTwoNMinusOne(int n) {
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-1, 1, n);
        for (int k = 0; k <= 2 * n - 1; k += Math.max(1, (2 * n - 1) / 40)) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += g.weight(i) * Math.pow(g.node(i), k);
            }
            double exact = k % 2 == 0 ? 2.0 / (k + 1) : 0;
            assertEquals(exact, s, 1e-13 * Math.max(1, 2.0 / (k + 1)) + 1e-15, "x^" + k);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(-g.node(i), g.node(n - 1 - i), 1e-15, "symmetric nodes");
            assertTrue(i == 0 || g.node(i) > g.node(i - 1), "ascending");
        }
    }

    /** O(N²): 2000 nodes well under a second (Commons Math took 29 s for 800). */
    @Test
    void largeRulesAreCheap() {
        long t0 = System.nanoTime();
        QuadratureGrid g = QuadratureGrid.gaussLegendre(0, 1, 2000);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertTrue(seconds < 2, "2000-point rule took " + seconds + " s");
        double s = 0;
        for (int i = 0; i < g.size(); i++) {
            s += g.weight(i) * Math.cos(g.node(i));
        }
        assertEquals(Math.sin(1), s, 1e-14);
    }
}
