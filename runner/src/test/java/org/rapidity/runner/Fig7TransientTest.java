package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Fig7Transient} on kurtosis curves of known form: a fast rise of amplitude {@code R} on
 * the time {@code τ} to a plateau, then a slow decay,
 * {@code K(t) = K0 + R (1 - e^{-t/τ}) + D (1 - e^{-Γt})} with {@code Γτ = 1e-5}, on 200 outputs
 * log-spaced over {@code [0.01, 1e6] τ} (the MD runs at {@code a = 0}, docs/fig7.md).
 */
class Fig7TransientTest {

    static final double K0 = -1.39;
    static final double TAU = 5;

    static RateCollapse.Curve riseAndDecay(double rise, double tau) {
        int n = 200;
        double[] t = new double[n + 1];
        double[] k = new double[n + 1];
        k[0] = K0;
        for (int i = 1; i <= n; i++) {
            t[i] = 0.01 * tau * Math.pow(1e8, (i - 1) / (n - 1.0));
            k[i] = K0 + rise * (1 - Math.exp(-t[i] / tau)) + 1.2 * (1 - Math.exp(-1e-5 * t[i] / tau));
        }
        return new RateCollapse.Curve(1, 8, t, k, null);
    }

    @Test
    void riseTimeIsThePointOfTheRiseAtEveryAmplitude() {
        for (double phi : new double[] {0.25, 0.5}) {
            double exact = TAU * Math.log(1 / (1 - phi));
            for (double rise : new double[] {0.06, 0.2, 0.7}) {
                double tt = Fig7Transient.rise(phi).time(riseAndDecay(rise, TAU));
                // the plateau window [20, 40] t_tr sees the decay start (Γt ≤ 6e-4):
                // the level, and t_tr, move by less than 1 %
                assertEquals(exact, tt, 0.01 * exact, "phi = " + phi + ", rise = " + rise);
            }
            // t_tr scales with the rise's own time
            double twice = Fig7Transient.rise(phi).time(riseAndDecay(0.2, 2 * TAU));
            assertEquals(2 * exact, twice, 0.02 * exact);
        }
    }

    @Test
    void theFixedLevelDependsOnTheAmplitudeAndMissesALowPlateau() {
        // -1.3 lies at 45 % of a rise of 0.2 (t = 0.6 τ) and at 13 % of a rise of 0.7
        double mid = Fig7Transient.LEVEL.time(riseAndDecay(0.2, TAU));
        double strong = Fig7Transient.LEVEL.time(riseAndDecay(0.7, TAU));
        assertEquals(TAU * Math.log(1 / (1 - 0.09 / 0.2)), mid, 0.01 * mid);
        assertEquals(TAU * Math.log(1 / (1 - 0.09 / 0.7)), strong, 0.01 * strong);
        // with the plateau at -1.33 the level is first reached on the slow decay, far beyond
        // the rise; the plateau-relative time stays at the rise
        double weak = Fig7Transient.LEVEL.time(riseAndDecay(0.06, TAU));
        assertTrue(weak > 1000 * TAU, "t(K = -1.3) with the plateau below it: " + weak);
        assertTrue(Fig7Transient.RISE.time(riseAndDecay(0.06, TAU)) < 2 * TAU);
    }

    @Test
    void undefinedWithoutARiseAndRejectsABadFraction() {
        RateCollapse.Curve flat = riseAndDecay(0, TAU);
        double[] k = flat.k().clone();
        java.util.Arrays.fill(k, K0);
        RateCollapse.Curve none = new RateCollapse.Curve(1, 8, flat.t(), k, null);
        assertTrue(Double.isNaN(Fig7Transient.RISE.time(none)));
        assertThrows(IllegalArgumentException.class, () -> Fig7Transient.rise(1));
        assertThrows(IllegalArgumentException.class, () -> Fig7Transient.rise(0));
    }

    @Test
    void plateauFractionRatesFollowAnExactCollapseWithTheRiseDefinition() {
        // RateCollapseTest#collapsing: rise and decay both scale with 1/Γ, so t_tr does too
        RateCollapse.Curve a = RateCollapseTest.collapsing(1, 3e-4);
        RateCollapse.Curve b = RateCollapseTest.collapsing(2, 4.8e-3);
        assertEquals(16, Fig7Transient.RISE.time(a) / Fig7Transient.RISE.time(b), 1e-9);
        for (double f : Fig7MdRates.PLATEAU_FRACTIONS) {
            double[] ga = Fig7MdRates.plateauFractionRate(a, f, 0, Fig7Transient.RISE);
            double[] gb = Fig7MdRates.plateauFractionRate(b, f, 0, Fig7Transient.RISE);
            assertEquals(16, gb[0] / ga[0], 1e-9, "f = " + f);
        }
    }
}
