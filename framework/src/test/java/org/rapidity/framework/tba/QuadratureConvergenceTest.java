package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;

/**
 * Quadrature rules: exactness of Gauss–Legendre, and spectral (exponential) convergence of the
 * whole TBA under grid refinement for a smooth interacting state.
 */
class QuadratureConvergenceTest {

    @Test
    void gaussLegendreIsExactForPolynomialsOfDegreeTwoNMinusOne() {
        QuadratureGrid g = QuadratureGrid.gaussLegendre(-1.5, 2.5, 6);
        for (int k = 0; k <= 11; k++) {
            double sum = 0;
            for (int i = 0; i < g.size(); i++) {
                sum += g.weight(i) * Math.pow(g.node(i), k);
            }
            double exact = (Math.pow(2.5, k + 1) - Math.pow(-1.5, k + 1)) / (k + 1);
            assertEquals(exact, sum, 1e-12 * Math.max(1, Math.abs(exact)), "degree " + k);
        }
    }

    @Test
    void uniformRuleIsTheMidpointRule() {
        QuadratureGrid g = QuadratureGrid.uniform(-7, 7, 100);
        assertEquals(-7 + 0.07, g.node(0), 1e-14);
        assertEquals(0.14, g.weight(50), 1e-15);
        double sum = 0;
        for (int i = 0; i < g.size(); i++) {
            sum += g.weight(i) * Math.exp(-g.node(i) * g.node(i));
        }
        assertEquals(Math.sqrt(Math.PI), sum, 1e-14);
    }

    /** Particle and energy density of a Lieb-Liniger-like thermal state on a grid. */
    static double[] moments(QuadratureGrid grid) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, Statistics.FERMIONIC, 1.0,
                2.0), grid);
        TbaState s = Gge.solve(space, Gge.thermalDrivingTerm(space, 1.0, 1.0, 0.0)).state();
        return new double[] {s.particleDensity(), s.energyDensity()};
    }

    @Test
    void interactingThermalStateConvergesSpectrallyWithGaussLegendre() {
        double[] ref = moments(QuadratureGrid.gaussLegendre(-5, 5, 160));
        double[] errors = new double[4];
        int[] points = {8, 16, 32, 64};
        for (int k = 0; k < points.length; k++) {
            double[] m = moments(QuadratureGrid.gaussLegendre(-5, 5, points[k]));
            errors[k] = Math.max(Math.abs(m[0] - ref[0]) / ref[0],
                    Math.abs(m[1] - ref[1]) / ref[1]);
        }
        // Seen: 7e-2, 8e-4, 2e-8, 1e-15. Exponential convergence: the gain per doubling grows
        // with N (an algebraic rate O(N^-p) would give the same factor 2^-p each time).
        assertTrue(errors[1] < 0.05 * errors[0], "8 -> 16: " + errors[0] + " -> " + errors[1]);
        assertTrue(errors[2] < 1e-4 * errors[1], "16 -> 32: " + errors[1] + " -> " + errors[2]);
        assertTrue(errors[3] < 1e-13, "64 points: " + errors[3]);
    }

    @Test
    void interactingThermalStateConvergesSpectrallyWithTheUniformRule() {
        double[] ref = moments(QuadratureGrid.uniform(-8, 8, 320));
        double[] errors = new double[3];
        int[] points = {20, 40, 80};
        for (int k = 0; k < points.length; k++) {
            double[] m = moments(QuadratureGrid.uniform(-8, 8, points[k]));
            errors[k] = Math.abs(m[0] - ref[0]) / ref[0];
        }
        assertTrue(errors[1] < 1e-2 * errors[0], "20 -> 40: " + errors[0] + " -> " + errors[1]);
        assertTrue(errors[2] < 1e-4 * errors[1], "40 -> 80: " + errors[1] + " -> " + errors[2]);
    }
}
