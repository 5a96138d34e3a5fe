package org.rapidity.framework.observables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
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
    void negativeDensityIsTheNegativePartRelativeToTheLargestAndToTheTotal() {
        TbaState positive = lumps(2.5, 1);
        assertEquals(0, new NegativeDensity().evaluate(Snapshot.of(0, positive))[0]);
        assertEquals(0, new NegativeDensity().evaluate(Snapshot.of(0, positive))[1]);
        // one node pushed below zero: min/max and its weighted share of ∫|ρ|
        double[] rho = positive.density();
        ModeSpace space = positive.space();
        double max = 0;
        double total = 0;
        for (int i = 0; i < rho.length; i++) {
            max = Math.max(max, rho[i]);
        }
        rho[3] = -2e-7 * max;
        for (int i = 0; i < rho.length; i++) {
            total += space.weight(i) * Math.abs(rho[i]);
        }
        double[] v = new NegativeDensity().evaluate(Snapshot.of(0,
                TbaState.fromEvolvedDensity(space, rho, 1e-6 * max)));
        assertEquals(-2e-7, v[0], 1e-20);
        assertEquals(space.weight(3) * rho[3] / total, v[1], 1e-22);
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

    @Test
    void thermalisationTimeIsFittedInTheChosenWindow() {
        // log DT with slope -1/10 up to t = 50, then -1/40: the default window (second half of
        // t <= 100) sees 40, a window [0, 50] sees 10
        double[] t = new double[101];
        double[][] dt = new double[1][101];
        for (int k = 0; k <= 100; k++) {
            t[k] = k;
            dt[0][k] = k <= 50 ? Math.exp(-k / 10.0) : Math.exp(-5 - (k - 50) / 40.0);
        }
        DistanceToGaussian provider = new DistanceToGaussian();
        java.util.Map<String, Double> whole = ((DistanceToGaussian) provider.create(
                Parameters.validate("observables.0", provider.parameters(), java.util.Map.of())))
                .summarize(t, dt);
        assertEquals(40, whole.get("thermalisation_time"), 1e-9);
        assertEquals(50, whole.get("thermalisation_fit_from"));
        java.util.Map<String, Double> early = ((DistanceToGaussian) provider.create(
                Parameters.validate("observables.0", provider.parameters(),
                        java.util.Map.of("fit_from", 0.0, "fit_to", 50.0)))).summarize(t, dt);
        assertEquals(10, early.get("thermalisation_time"), 1e-9);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> provider.create(Parameters.validate("observables.0",
                        provider.parameters(), java.util.Map.of("fit_from", 5.0,
                                "fit_to", 2.0))));
        assertEquals("observables.0.fit_to", e.field());
    }
}
