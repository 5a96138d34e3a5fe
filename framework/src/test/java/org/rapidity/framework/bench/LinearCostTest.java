package org.rapidity.framework.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 13, defect 9: {@code bench --quick} printed "extrapolated to the Fig. 6 ensemble …
 * -15 s" from two noisy timings. A fit that cannot be true is refused with its reason.
 */
class LinearCostTest {

    @Test
    void anExactLineIsRecovered() {
        LinearCost.Fit f = LinearCost.fit(new double[] {50, 100, 150}, new double[] {1.5, 2.5,
            3.5});
        assertTrue(f.ok(), f.refusal());
        assertEquals(0.5, f.cost().fixed(), 1e-12);
        assertEquals(0.02, f.cost().perUnit(), 1e-14);
        assertEquals(40.5, f.cost().at(2000), 1e-9);
    }

    @Test
    void theIssuesNoisyPairIsRefused() {
        // 40 samples to t = 50 and 100 on a loaded machine: the second timing is the shorter,
        // which extrapolated to a negative time
        LinearCost.Fit f = LinearCost.fit(new double[] {50, 100}, new double[] {0.61, 0.58});
        assertFalse(f.ok());
        assertTrue(f.refusal().contains("do not grow"), f.refusal());
        // growth within a quarter of the timing is noise, not cost
        assertFalse(LinearCost.fit(new double[] {50, 100}, new double[] {1.0, 1.2}).ok());
        // one size is not a fit
        assertFalse(LinearCost.fit(new double[] {50}, new double[] {1.0}).ok());
        assertFalse(LinearCost.fit(new double[] {50, 50}, new double[] {1.0, 2.0}).ok());
    }

    @Test
    void aStronglyNegativeFixedCostIsRefused() {
        // slope 0.1 s per unit but intercept -4 s: not linear in the size
        LinearCost.Fit f = LinearCost.fit(new double[] {50, 100}, new double[] {1.0, 6.0});
        assertFalse(f.ok());
        assertTrue(f.refusal().contains("negative"), f.refusal());
    }
}
