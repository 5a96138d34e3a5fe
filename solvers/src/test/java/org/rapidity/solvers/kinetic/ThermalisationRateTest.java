package org.rapidity.solvers.kinetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The {@code dt-rate} observable against a closed form: a Gaussian plus a small mode
 * {@code a h(θ)} that decays at rate γ has {@code DT ∝ a²}, so {@code -d ln DT/dt = 2γ} (up to the
 * refit of the Gaussian, second order in {@code a}).
 */
class ThermalisationRateTest {

    @Test
    void aSingleDecayingModeGivesTwiceItsRate() {
        ModeSpace space = FgrCollisionIntegralTest.gas(1, 8, 200);
        double gamma = 0.37;
        for (double a : new double[] {1e-3, 1e-4}) {
            double[] rho = new double[space.size()];
            double[] d = new double[space.size()];
            for (int i = 0; i < rho.length; i++) {
                double t = space.theta(i);
                double g = 0.1 * Math.exp(-t * t / 2);
                // a mode with zero norm, momentum and energy change, not a Gaussian
                double h = 0.1 * (t * t * t * t - 6 * t * t + 3) * Math.exp(-t * t / 2);
                rho[i] = g + a * h;
                d[i] = -gamma * a * h;
            }
            TbaState s = TbaState.fromDensity(space, rho);
            double rate = ThermalisationRate.rate(s, d);
            assertEquals(2 * gamma, rate, 2 * gamma * (a == 1e-3 ? 2e-2 : 2e-3), "a = " + a);
        }
    }
}
