package org.rapidity.examples.xxz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/** Thermodynamics of the gapped XXZ chain against closed forms (docs/models/xxz.md). */
class XxzThermodynamicsTest {

    private static Gge.Solution thermal(XxzGapped m, int points, double beta) {
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.periodic(-Math.PI / 2, Math.PI, points));
        return Gge.solve(sp, Gge.thermalDrivingTerm(sp, beta, 0, 0));
    }

    private static XxzGapped xxz(double eta, double h, int strings) {
        return new XxzGapped(eta, 1.0, h, strings, Parameters.empty());
    }

    /**
     * β → 0, h = 0: the fillings approach n_j = 1/(j+1)² (Takahashi's infinite-temperature
     * solution η_j = (j+1)² - 1) and the entropy per site approaches ln 2 as n_max grows.
     */
    @Test
    void infiniteTemperatureFillingsAndEntropy() {
        double previousGap = Double.POSITIVE_INFINITY;
        double previousN1 = Double.POSITIVE_INFINITY;
        for (int nmax : new int[] {4, 8, 16}) {
            TbaState s = thermal(xxz(1.0, 0, nmax), 24, 1e-9).state();
            double gap = Math.log(2) - s.entropyDensity();
            double n1 = Math.abs(s.filling()[0] - 0.25);
            assertTrue(gap > 0 && gap < previousGap, "ln 2 - s = " + gap + " at n_max " + nmax);
            assertTrue(n1 < previousN1, "|n_1 - 1/4| = " + n1 + " at n_max " + nmax);
            previousGap = gap;
            previousN1 = n1;
            if (nmax == 16) {
                assertTrue(gap < 0.005, "ln 2 - s at n_max 16: " + gap);
                for (int j = 1; j <= 4; j++) {
                    double n = s.filling()[s.space().offset(j - 1)];
                    assertEquals(1.0 / ((j + 1) * (j + 1)), n, 0.08 / ((j + 1) * (j + 1)),
                            "n_" + j);
                }
            }
        }
    }

    /** The infinite-temperature paramagnet in a field: m = ½ tanh(βh/2), all strings needed. */
    @Test
    void infiniteTemperatureParamagnet() {
        for (double bh : new double[] {0.5, 1.0, 2.0}) {
            double beta = 1e-4;
            TbaState s = thermal(xxz(1.0, bh / beta, 24), 16, beta).state();
            assertEquals(0.5 * Math.tanh(bh / 2), Magnetisation.of(s), 2e-3, "βh = " + bh);
        }
    }

    /**
     * T → 0, h = 0: the energy per site approaches the exact ground-state energy
     * e_0 = -J sinh η [½ + 2Σ_k 1/(1 + e^{2kη})], monotonically, exponentially in β (gap).
     */
    @Test
    void lowTemperatureEnergyApproachesTheGroundState() {
        XxzGapped m = xxz(2.0, 0, 4);
        double e0 = m.groundStateEnergy();
        assertEquals(-Math.sinh(2.0) * (0.5 + 2 / (1 + Math.exp(4)) + 2 / (1 + Math.exp(8))
                + 2 / (1 + Math.exp(12))), e0, 1e-6, "the series");
        double previous = Double.POSITIVE_INFINITY;
        for (double beta : new double[] {2, 5, 10, 20}) {
            double d = thermal(m, 32, beta).state().energyDensity() - e0;
            assertTrue(d > 0 && d < previous, "e(β = " + beta + ") - e_0 = " + d);
            previous = d;
        }
        assertTrue(previous < 1e-8, "e(β = 20) - e_0 = " + previous);
    }

    /**
     * Magnetisation against h at T = J: it grows monotonically to saturation; at large h the
     * magnons are a dilute Boltzmann gas of 1-strings, magnon density
     * e^{-β(h - JΔ)} I_0(βJ); and it is the h-derivative of the free energy, m = ½ - ∂f/∂h.
     */
    @Test
    void magnetisationAgainstField() {
        double beta = 1.0;
        double previous = -1;
        for (double h : new double[] {0, 0.5, 1, 2, 4}) {
            double m = Magnetisation.of(thermal(xxz(1.0, h, 12), 24, beta).state());
            assertTrue(m > previous && m < 0.5, "m(h = " + h + ") = " + m);
            previous = m;
        }
        double h = 8;
        double delta = Math.cosh(1.0);
        double dilute = Math.exp(-beta * (h - delta)) * besselI0(beta);
        double m = Magnetisation.of(thermal(xxz(1.0, h, 12), 24, beta).state());
        assertEquals(dilute, 0.5 - m, 0.01 * dilute, "dilute magnons at h = 8");
        double dh = 1e-4;
        double fp = thermal(xxz(1.0, 1 + dh, 12), 24, beta).freeEnergy() / beta;
        double fm = thermal(xxz(1.0, 1 - dh, 12), 24, beta).freeEnergy() / beta;
        double m1 = Magnetisation.of(thermal(xxz(1.0, 1, 12), 24, beta).state());
        assertEquals(0.5 - (fp - fm) / (2 * dh), m1, 1e-7, "m = ½ - ∂f/∂h");
    }

    private static double besselI0(double x) {
        double s = 0;
        double term = 1;
        for (int k = 0; k < 60; k++) {
            if (k > 0) {
                term *= (x / 2) * (x / 2) / ((double) k * k);
            }
            s += term;
        }
        return s;
    }
}
