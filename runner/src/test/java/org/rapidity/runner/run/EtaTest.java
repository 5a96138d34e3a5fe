package org.rapidity.runner.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The progress line's estimate of the wall time left. */
class EtaTest {

    /** Simulated time advancing at a constant rate: the estimate is exact at every sample. */
    @Test
    void constantRateIsExact() {
        Eta eta = new Eta(30);
        assertTrue(Double.isNaN(eta.secondsLeft(100)), "no estimate before two samples");
        for (int k = 0; k <= 50; k++) {
            double wall = 2.0 * k;
            eta.observe(wall, 0.5 * wall); // 0.5 units of simulated time per second
            if (k > 0) {
                assertEquals((100 - 0.5 * wall) / 0.5, eta.secondsLeft(100), 1e-9);
            }
        }
    }

    /**
     * A run whose steps grow (the rate quadruples at wall 60 s): after one window the estimate
     * uses the new rate only, where the rate since the start would overestimate by 2.5×.
     */
    @Test
    void followsTheRecentRate() {
        Eta eta = new Eta(30);
        double t = 0;
        for (int wall = 0; wall <= 120; wall++) {
            eta.observe(wall, t);
            t += wall < 60 ? 1 : 4;
        }
        double reached = t - 4;
        assertEquals((1000 - reached) / 4, eta.secondsLeft(1000), 1e-9);
        assertEquals(0, eta.secondsLeft(reached - 1), 0.0, "never negative");
    }

    /** Nothing advanced: no estimate rather than an infinite or negative one. */
    @Test
    void stalledRunHasNoEstimate() {
        Eta eta = new Eta(10);
        eta.observe(0, 5);
        eta.observe(3, 5);
        assertTrue(Double.isNaN(eta.secondsLeft(10)));
        assertThrows(IllegalArgumentException.class, () -> new Eta(0));
        assertEquals("42 s", Eta.format(42.2));
        assertEquals("7 min", Eta.format(420));
        assertEquals("3.2 h", Eta.format(3.2 * 3600));
    }
}
