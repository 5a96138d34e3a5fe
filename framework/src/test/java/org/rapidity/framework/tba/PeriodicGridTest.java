package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.spi.RapidityDomain;

/** The periodic rule and derivative on a circle, and the rapidity domains. */
class PeriodicGridTest {

    /** ∫_{-π/2}^{π/2} dλ / (cosh η - cos 2λ) = π / sinh η: spectral convergence. */
    @Test
    void periodicRuleConvergesSpectrallyOnASmoothPeriodicIntegrand() {
        double eta = 1.0;
        double exact = Math.PI / Math.sinh(eta);
        double previous = Double.POSITIVE_INFINITY;
        for (int n : new int[] {4, 8, 16, 32}) {
            QuadratureGrid g = QuadratureGrid.periodic(-Math.PI / 2, Math.PI, n);
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += g.weight(i) / (Math.cosh(eta) - Math.cos(2 * g.node(i)));
            }
            double err = Math.abs(s - exact);
            assertTrue(err < previous * 1e-1 || err < 1e-14, n + " points: error " + err);
            previous = err;
        }
        assertTrue(previous < 1e-13, "32 points: " + previous);
    }

    @Test
    void periodicDerivativeIsSpectral() {
        for (int n : new int[] {15, 16}) {
            QuadratureGrid g = QuadratureGrid.periodic(-Math.PI / 2, Math.PI, n);
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = Math.sin(2 * g.node(i)) + 0.3 * Math.cos(6 * g.node(i));
            }
            double[] d = g.periodicDerivative(f);
            for (int i = 0; i < n; i++) {
                double t = g.node(i);
                assertEquals(2 * Math.cos(2 * t) - 1.8 * Math.sin(6 * t), d[i], 1e-12);
            }
        }
        assertThrows(IllegalStateException.class,
                () -> QuadratureGrid.uniform(0, 1, 8).periodicDerivative(new double[8]));
    }

    @Test
    void domainsKnowTheirEndsAndGrids() {
        RapidityDomain zone = RapidityDomain.circle(-Math.PI / 2, Math.PI);
        assertTrue(zone.isPeriodic() && zone.isBounded());
        assertEquals(Math.PI, zone.period(), 0);
        QuadratureGrid g = zone.grid(10);
        assertTrue(g.isPeriodic() && zone.coveredBy(g));
        assertFalse(zone.coveredBy(QuadratureGrid.periodic(-1, 2, 10)));
        assertFalse(RapidityDomain.line().coveredBy(QuadratureGrid.uniform(-7, 7, 10)));
        assertEquals(QuadratureGrid.Rule.GAUSS_LEGENDRE, RapidityDomain.interval(0, 1).grid(5)
                .rule());
        for (double t : zone.probes()) {
            assertTrue(t > zone.min() && t < zone.max());
        }
        assertEquals(QuadratureGrid.Rule.PERIODIC, QuadratureGrid.Rule.parse("q", "periodic"));
    }
}
