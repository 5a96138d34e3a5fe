package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.InvalidInputException;

/**
 * {@link Gge#withCharges}: the thermal state is determined by its particle, momentum and energy
 * densities, so a boosted thermal state built from its driving term must be recovered from its
 * three densities alone, for every statistics.
 */
class GgeChargesTest {

    @ParameterizedTest
    @EnumSource(Statistics.class)
    void recoversABoostedThermalStateFromItsThreeDensities(Statistics st) {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, st, TbaCoreTest.coupling(st),
                1.0), QuadratureGrid.gaussLegendre(-9, 9, 60));
        double mu = st.requiresPositivePseudoEnergy() ? -0.4 : 0.6;
        TbaState original = Gge.solve(space, Gge.thermalDrivingTerm(space, 1.3, mu, 0.35))
                .state();
        double[] targets = {original.particleDensity(), original.momentumDensity(),
            original.energyDensity()};
        TbaState found = Gge.withCharges(space, targets).state();
        double[] a = original.density();
        double[] b = found.density();
        double scale = 0;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            scale = Math.max(scale, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        assertTrue(diff < 1e-10 * scale, st + ": density differs by " + diff / scale);
    }

    @Test
    void refusesAnEnergyBelowTheGroundState() {
        ModeSpace space = ModeSpace.of(new LorentzianTestModel(1, Statistics.CLASSICAL, -0.5,
                1.0), QuadratureGrid.gaussLegendre(-9, 9, 40));
        // E < P²/2N: less kinetic energy than the boost alone carries
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Gge.withCharges(space, new double[] {0.5, 0.5, 0.1}));
        assertTrue(e.getMessage().contains("too low"), e.getMessage());
    }
}
