package org.rapidity.framework.observables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.EnergyBudget;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.TwoPointMoments;

/** The observables of the energy-budget and two-point-moment views. */
class ViewObservablesTest {

    /** G_αβ(z) = (1 + α + 2β) exp(-z) on bins of width 0.5 up to 20. */
    static TwoPointMoments exponential() {
        return new TwoPointMoments() {
            @Override
            public double[] separations() {
                double[] z = new double[40];
                for (int k = 0; k < z.length; k++) {
                    z[k] = 0.25 + 0.5 * k;
                }
                return z;
            }

            @Override
            public double[] widths() {
                double[] w = new double[40];
                java.util.Arrays.fill(w, 0.5);
                return w;
            }

            @Override
            public double[] moments(int alpha, int beta) {
                double[] z = separations();
                double[] g = new double[z.length];
                for (int k = 0; k < z.length; k++) {
                    g[k] = (1 + alpha + 2 * beta) * Math.exp(-z[k]);
                }
                return g;
            }
        };
    }

    @Test
    void energiesAddUp() {
        EnergyBudget b = new EnergyBudget() {
            @Override
            public double kineticEnergyDensity() {
                return 0.12;
            }

            @Override
            public double interactionEnergyDensity() {
                return -0.05;
            }
        };
        Snapshot s = Snapshot.of(1, b);
        assertEquals(-0.05, new InteractionEnergy().evaluate(s)[0]);
        assertEquals(0.07, new TotalEnergy().evaluate(s)[0], 1e-15);
    }

    @Test
    void g2MomentsIntegrateBothSignsOfTheSeparation() {
        double[] v = new G2Moments().evaluate(Snapshot.of(0, exponential()));
        // ∫_{-20}^{20} dz G_αβ = (G_αβ + G_βα)-weighted midpoint sums of exp(-z): midpoint rule
        double mid = 0;
        for (int k = 0; k < 40; k++) {
            mid += 0.5 * Math.exp(-(0.25 + 0.5 * k));
        }
        int[][] pairs = {{0, 0}, {0, 1}, {0, 2}, {1, 1}, {1, 2}, {2, 2}};
        double[] expected = new double[6];
        for (int p = 0; p < 6; p++) {
            int a = pairs[p][0];
            int b = pairs[p][1];
            expected[p] = ((1 + a + 2 * b) + (1 + b + 2 * a)) * mid;
        }
        assertArrayEquals(expected, v, 1e-12);
        // the midpoint rule of exp(-z) is 2 sinh(1/4)/(1/2)... close to ∫_0^20 e^{-z} = 1
        assertEquals(1, mid, 0.011);
    }

    @Test
    void aSnapshotWithoutTheViewIsRefused() {
        assertThrows(InvalidInputException.class,
                () -> new G2Moments().evaluate(Snapshot.of(0, "nothing")));
        assertThrows(InvalidInputException.class,
                () -> new TotalEnergy().evaluate(Snapshot.of(0, exponential())));
    }
}
