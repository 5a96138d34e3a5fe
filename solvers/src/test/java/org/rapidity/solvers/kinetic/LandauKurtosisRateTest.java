package org.rapidity.solvers.kinetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.perturbation.PowerLawPerturbation;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;
import org.rapidity.models.hardrods.HardRods;

/**
 * The {@code landau-kurtosis-rate} observable: its directional derivative of the kurtosis
 * against closed forms, and its split of the Landau rate into cross and self parts.
 */
class LandauKurtosisRateTest {

    /**
     * {@code ρ = 0.1 e^{-θ²/2}}: moving along the Hermite mode {@code He4(θ) e^{-θ²/2}} leaves
     * the norm and the variance and adds {@code 24√(2π)} to {@code ∫θ⁴ρ}, so
     * {@code dκ/dt = 24√(2π)/(0.1√(2π)) = 240}; along {@code ρ} itself (a change of density
     * alone) and along the variance of the Gaussian the kurtosis does not move.
     */
    @Test
    void derivativeOfTheKurtosisMatchesClosedForms() {
        ModeSpace space = FgrCollisionIntegralTest.gas(1, 10, 400);
        int n = space.size();
        double[] rho = new double[n];
        double[] hermite = new double[n];
        double[] widen = new double[n];
        for (int i = 0; i < n; i++) {
            double t = space.theta(i);
            double g = Math.exp(-t * t / 2);
            rho[i] = 0.1 * g;
            hermite[i] = (t * t * t * t - 6 * t * t + 3) * g;
            widen[i] = 0.1 * (t * t - 1) * g;
        }
        TbaState s = TbaState.fromDensity(space, rho);
        assertEquals(240, LandauKurtosisRate.rate(s, hermite), 240 * 1e-6);
        assertEquals(0, LandauKurtosisRate.rate(s, rho), 1e-8);
        assertEquals(0, LandauKurtosisRate.rate(s, widen), 1e-6);
    }

    /**
     * The Fig. 6 state of hard rods ({@code a = 1}, two lumps) under the Landau integral: the
     * parts add up to the total, and the total is positive (the kurtosis rises towards 0).
     */
    @Test
    void crossAndSelfPartsAddUpToTheLandauRate() {
        ModeSpace space = ModeSpace.of(new HardRods(1, Parameters.empty()),
                QuadratureGrid.uniform(-7, 7, 60));
        TbaState s = FgrCollisionIntegralTest.lumps(space, 2.5, 1, 0.2);
        LandauCollisionIntegral integral = new LandauCollisionIntegral(space,
                new PowerLawPerturbation(2, 5, Parameters.empty()));
        double[] v = LandauKurtosisRate.values(new KineticRates(s, integral));
        assertEquals(v[2], v[0] + v[1], 1e-6 * Math.abs(v[2]));
        assertTrue(v[2] > 0, "the kurtosis of two lumps rises: " + v[2]);
    }
}
