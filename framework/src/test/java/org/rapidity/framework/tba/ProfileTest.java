package org.rapidity.framework.tba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.observables.TrapTotals;
import org.rapidity.framework.spi.Snapshot;

/** The inhomogeneous {@link Profile}: its integrals over x are quadratures of local quantities. */
class ProfileTest {

    static ModeSpace space() {
        return ModeSpace.of(new LorentzianTestModel(2, Statistics.FERMIONIC, 0.7, 1.0),
                QuadratureGrid.uniform(-6, 6, 40));
    }

    /**
     * A profile of one state everywhere integrates to the state's densities times the length of
     * the box; the potential energy is the quadrature of {@code V n}; the cloud's rapidity
     * distribution is the state's times the length.
     */
    @Test
    void uniformProfileIntegratesToDensityTimesLength() {
        ModeSpace space = space();
        TbaState s = Gge.solve(space, Gge.thermalDrivingTerm(space, 1, 0.5, 0)).state();
        QuadratureGrid x = QuadratureGrid.uniform(-2, 3, 25);
        List<TbaState> states = new ArrayList<>();
        double[] v = new double[x.size()];
        double vInt = 0;
        for (int i = 0; i < x.size(); i++) {
            states.add(s);
            v[i] = 0.5 * x.node(i) * x.node(i);
            vInt += x.weight(i) * v[i];
        }
        Profile p = Profile.of(x, states, v);
        double length = 5;
        assertEquals(length * s.particleDensity(), p.particleNumber(), 1e-13);
        assertEquals(length * s.energyDensity(), p.internalEnergy(), 1e-13);
        assertEquals(vInt * s.particleDensity(), p.potentialEnergy(), 1e-13);
        assertEquals(0.5 * length * s.particleDensity(), p.densityMoment(1), 1e-12);
        double[] rho = s.density();
        double[] bar = p.integratedDensity();
        for (int k = 0; k < rho.length; k++) {
            assertEquals(length * rho[k], bar[k], 1e-13 * Math.max(1, bar[k]));
        }
        double[] totals = new TrapTotals().evaluate(Snapshot.of(0, p));
        assertEquals(p.particleNumber(), totals[0], 0);
        assertEquals(p.internalEnergy() + p.potentialEnergy(), totals[3], 1e-12);
        assertEquals(0.5, totals[4], 1e-12);
        // the 25 midpoints of [-2, 3]: variance (L²/12)(1 - 1/N²)
        assertEquals(5 / Math.sqrt(12) * Math.sqrt(1 - 1.0 / 625), totals[5], 1e-12);
        Profile fromFillings = Profile.ofFillings(x, space, p.fillings(), v);
        assertEquals(p.particleNumber(), fromFillings.particleNumber(), 1e-12);
    }

    /** Every local state must share one mode space, and sizes must match. */
    @Test
    void inconsistentProfilesAreRefused() {
        ModeSpace a = space();
        ModeSpace b = space();
        TbaState sa = Gge.solve(a, Gge.thermalDrivingTerm(a, 1, 0.5, 0)).state();
        TbaState sb = Gge.solve(b, Gge.thermalDrivingTerm(b, 1, 0.5, 0)).state();
        QuadratureGrid x = QuadratureGrid.uniform(0, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> Profile.of(x, List.of(sa, sb),
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> Profile.of(x, List.of(sa),
                new double[2]));
    }
}
