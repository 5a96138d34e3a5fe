package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.tba.TbaState;

/**
 * The Lieb ground state against independent facts: the finite-N Bethe equations, the weak- and
 * strong-coupling expansions of {@code e(γ)}, the Tonks-Girardeau limit, spectral convergence
 * and thermodynamic consistency at {@code T = 0}.
 */
class GroundStateTest {

    static final double ZETA3 = 1.2020569031595942;

    static double e(double gamma, int points) {
        return LiebGroundState.reducedEnergy(LiebGroundState.atDensity(
                new RepulsiveLiebLiniger(gamma), 1.0, points));
    }

    /**
     * The integral equation (Gauss–Legendre on [-q, q]) against the Bethe equations of
     * N = 50, 100, 200 bosons on a ring extrapolated in 1/N² (a method with no integral
     * equation and no quadrature). Measured agreement: 2e-11 relative at γ = 0.1 (the
     * extrapolation's limit there), below 1e-13 for γ ≥ 3.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.3, 1, 3, 10, 30, 100})
    void energyAgreesWithFiniteSizeBetheEquations(double gamma) {
        double integral = e(gamma, 160);
        double bethe = FiniteBetheEquations.extrapolatedReducedEnergy(50, gamma);
        assertEquals(bethe, integral, 1e-9 * bethe, "e(" + gamma + ")");
    }

    /**
     * Weak coupling: {@code e ≈ γ - 4γ^{3/2}/3π + (1/6 - 1/π²)γ² + a γ^{5/2}} with
     * {@code a = (3ζ(3)/8 - 1/2)/π³ ≈ -0.0015877} (Prolhac, J. Phys. A 50, 144001 (2017),
     * arXiv:1610.08912, identified by G. Lang). The truncation error is the next, {@code γ³},
     * term: it must fall eightfold when γ halves. Measured: 1.75e-7 at γ = 0.1.
     */
    @Test
    void weakCouplingExpansion() {
        double[] gammas = {0.1, 0.05};
        double[] residual = new double[2];
        for (int k = 0; k < 2; k++) {
            double g = gammas[k];
            double series = g - 4 * Math.pow(g, 1.5) / (3 * Math.PI)
                    + (1.0 / 6 - 1 / (Math.PI * Math.PI)) * g * g
                    + (3 * ZETA3 / 8 - 0.5) / Math.pow(Math.PI, 3) * Math.pow(g, 2.5);
            residual[k] = e(g, 200) - series;
            assertTrue(Math.abs(residual[k]) < 3e-4 * g * g * g, "γ³ remainder at γ = " + g
                    + ": " + residual[k]);
        }
        double ratio = residual[0] / residual[1];
        assertEquals(8, ratio, 1.5, "remainder scales as γ³");
    }

    /**
     * Strong coupling: {@code e ≈ (π²/3)[1 - 4/γ + 12/γ² + (32π²/15 - 32)/γ³]} (the first three
     * terms as in Lieb-Liniger; the γ⁻³ term from Guan and Batchelor, J. Phys. A 44, 102001
     * (2011), and Ristivojevic, PRL 113, 015301 (2014)). The remainder is O(γ⁻⁴): it must fall
     * sixteenfold when γ doubles. Measured remainder at γ = 100: -4.0e-6 (relative 1.3e-6).
     */
    @Test
    void strongCouplingExpansion() {
        double[] gammas = {100, 200};
        double[] residual = new double[2];
        for (int k = 0; k < 2; k++) {
            double g = gammas[k];
            double series = Math.PI * Math.PI / 3 * (1 - 4 / g + 12 / (g * g)
                    + (32 * Math.PI * Math.PI / 15 - 32) / (g * g * g));
            residual[k] = e(g, 80) - series;
            assertTrue(Math.abs(residual[k]) < 600 / Math.pow(g, 4), "γ⁻⁴ remainder at γ = "
                    + g + ": " + residual[k]);
        }
        assertEquals(16, residual[0] / residual[1], 2, "remainder scales as γ⁻⁴");
    }

    /** {@code c → ∞}: free fermions, {@code ρ = 1/2π} on {@code [-πn, πn]}, {@code e = π²/3}. */
    @Test
    void tonksGirardeauLimitIsFreeFermions() {
        double n = 0.7;
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(1e10);
        TbaState s = LiebGroundState.atDensity(m, n, 40);
        assertEquals(Math.PI * n, s.space().grid(0).max(), 1e-9);
        for (double r : s.density()) {
            assertEquals(1 / (2 * Math.PI), r, 1e-10);
        }
        assertEquals(Math.PI * Math.PI / 3, LiebGroundState.reducedEnergy(s), 1e-9);
        assertEquals(Math.PI * Math.PI * n * n, LiebGroundState.chemicalPotential(s), 1e-8,
                "μ = k_F² for free fermions");
    }

    /**
     * Gauss–Legendre on [-q, q] converges spectrally: at γ = 1 the error of e is 1.2e-6 with 10
     * nodes and 1.0e-12 with 20 (measured), a millionfold gain for twice the nodes.
     */
    @Test
    void spectralConvergenceInTheNumberOfNodes() {
        double exact = e(1, 160);
        double e10 = Math.abs(e(1, 10) - exact);
        double e20 = Math.abs(e(1, 20) - exact);
        assertTrue(e10 < 1e-5 && e20 < 1e-11, "errors " + e10 + ", " + e20);
        assertTrue(e20 < 1e-5 * e10, "geometric convergence: " + e10 + " → " + e20);
    }

    /**
     * {@code μ = E^dr(q)/1^dr(q)} (dressed energy vanishing at the Fermi points) equals
     * {@code ∂(E/L)/∂n} by finite differences; measured agreement 3e-10.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1, 5})
    void chemicalPotentialIsDerivativeOfEnergyDensity(double c) {
        RepulsiveLiebLiniger m = new RepulsiveLiebLiniger(c);
        double h = 1e-4;
        double up = LiebGroundState.atDensity(m, 1 + h, 120).energyDensity();
        double down = LiebGroundState.atDensity(m, 1 - h, 120).energyDensity();
        double mu = LiebGroundState.chemicalPotential(LiebGroundState.atDensity(m, 1, 120));
        assertEquals((up - down) / (2 * h), mu, 1e-8 * mu);
    }
}
