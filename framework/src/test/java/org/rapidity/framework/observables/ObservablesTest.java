package org.rapidity.framework.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/** Observables of a homogeneous state against closed forms. */
class ObservablesTest {

    static TbaState lumps(double beta, double theta0) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, Statistics.CLASSICAL, -0.1,
                1.0), QuadratureGrid.uniform(-9, 9, 400));
        double[] rho = new double[space.size()];
        for (int i = 0; i < rho.length; i++) {
            double t = space.theta(i);
            rho[i] = 0.1 * (Math.exp(-beta * (t - theta0) * (t - theta0))
                    + Math.exp(-beta * (t + theta0) * (t + theta0)));
        }
        return TbaState.fromDensity(space, rho);
    }

    @Test
    void kurtosisOfTwoGaussianLumpsMatchesTheClosedForm() {
        for (double theta0 : new double[] {0, 0.5, 1, 2}) {
            double beta = 2.5;
            double var = 1 / (2 * beta);
            double m2 = theta0 * theta0 + var;
            double m4 = Math.pow(theta0, 4) + 6 * theta0 * theta0 * var + 3 * var * var;
            double v = new Kurtosis().evaluate(Snapshot.of(0, lumps(beta, theta0)))[0];
            assertEquals(m4 / (m2 * m2) - 3, v, 1e-12, "θ0 = " + theta0);
        }
    }

    @Test
    void kineticEnergyOfTwoLumps() {
        double beta = 2.5;
        double theta0 = 1;
        TbaState s = lumps(beta, theta0);
        double expected = s.quasiparticleDensity() * (theta0 * theta0 + 1 / (2 * beta)) / 2;
        assertEquals(expected, new KineticEnergy().evaluate(Snapshot.of(0, s))[0], 1e-13);
        // Galilean model with E = θ²/2: the energy density is the kinetic energy
        assertEquals(expected, new EnergyDensity().evaluate(Snapshot.of(0, s))[0], 1e-13);
    }
}
