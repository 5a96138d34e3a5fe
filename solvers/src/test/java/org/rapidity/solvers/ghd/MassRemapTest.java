package org.rapidity.solvers.ghd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The conservative transport of one line of cells ({@link MassRemap}). */
class MassRemapTest {

    /** A uniform shift by a whole number of cells moves the cells' contents exactly. */
    @Test
    void aShiftByWholeCellsIsExact() {
        double[] rho = {0, 0, 1, 3, 0.5, 2, 0, 0, 0, 0};
        double[] feet = new double[rho.length + 1];
        for (int j = 0; j < feet.length; j++) {
            feet[j] = -0.5 + j - 3; // moved by 3 cells of width 1
        }
        double[] out = MassRemap.carry(rho, -0.5, 1, feet);
        for (int i = 0; i < rho.length; i++) {
            assertEquals(i >= 3 ? rho[i - 3] : 0, out[i], 1e-14, "cell " + i);
        }
    }

    /**
     * A Gaussian of width {@code σ = 2} carried by a constant velocity over 40 units in steps of
     * 0.37 cells: the atoms kept to rounding, the centre to {@code 10⁻³}, and the largest error
     * falls faster than second order with the cells. Measured 2026-12-07: {@code 3.0e-2},
     * {@code 3.1e-3}, {@code 3.0e-4} of the peak on cells of 1, 1/2, 1/4 (order 3.3).
     */
    @Test
    void aSmoothProfileIsCarriedToSecondOrder() {
        double e1 = gaussianError(1.0);
        double e2 = gaussianError(0.5);
        assertTrue(e1 < 0.04, "error " + e1);
        assertTrue(e2 < e1 / 6, e2 + " after " + e1);
    }

    private static double gaussianError(double dx) {
        int n = (int) Math.round(60 / dx);
        double first = -30;
        double[] rho = new double[n];
        for (int i = 0; i < n; i++) {
            double x = first + (i + 0.5) * dx;
            rho[i] = Math.exp(-(x + 8) * (x + 8) / 8);
        }
        double atoms = sum(rho) * dx;
        double shift = 0.37;
        int steps = (int) Math.round(40 / dx);
        for (int s = 0; s < steps; s++) {
            double[] feet = new double[n + 1];
            for (int j = 0; j <= n; j++) {
                feet[j] = first + j * dx - shift * dx;
            }
            rho = MassRemap.carry(rho, first, dx, feet);
        }
        double moved = shift * dx * steps;
        double err = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            double x = first + (i + 0.5) * dx;
            assertTrue(rho[i] >= -1e-14);
            err = Math.max(err, Math.abs(rho[i] - Math.exp(-(x + 8 - moved) * (x + 8 - moved)
                    / 8)));
            mean += x * rho[i] * dx;
        }
        assertEquals(atoms, sum(rho) * dx, 1e-13 * atoms);
        assertEquals(-8 + moved, mean / atoms, 1e-3);
        return err;
    }

    /**
     * A spike in one cell, carried by an expanding flow over many steps, keeps its atoms and
     * stays non-negative: atoms are moved, not values sampled.
     */
    @Test
    void aSpikeNarrowerThanACellKeepsItsAtoms() {
        int n = 120;
        double[] rho = new double[n];
        rho[59] = 7;
        for (int s = 0; s < 30; s++) {
            double[] feet = new double[n + 1];
            for (int j = 0; j <= n; j++) {
                double x = j - 60.0;
                feet[j] = x - 0.05 * x + 0.21; // v = 0.05 x - 0.21: stretching and drifting
            }
            rho = MassRemap.carry(rho, -60, 1, feet);
            for (double r : rho) {
                assertTrue(r >= -1e-14, "negative " + r); // rounding of the cumulative sums
            }
            assertEquals(7, sum(rho), 1e-12);
        }
    }

    private static double sum(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v;
        }
        return s;
    }
}
