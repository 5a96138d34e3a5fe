package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Laboratory units: the energy unit {@code ħ²/(2m μm²)} recomputed by hand from the SI
 * constants, round trips, and the ratio of the two atoms' units (inverse mass ratio).
 */
class UnitsTest {

    static final double H = 6.62607015e-34;
    static final double KB = 1.380649e-23;
    static final double U = 1.66053906660e-27;

    @Test
    void caesiumEnergyUnit() {
        AtomicUnits u = new AtomicUnits(Atom.CS133, 1);
        double hbar = H / (2 * Math.PI);
        double m = 132.905451961 * U;
        double e = hbar * hbar / (2 * m * 1e-12);
        assertEquals(e, u.energyUnit(), 1e-15 * e);
        // h × 38.0255 Hz = k_B × 1.82494 nK (printed by AtomicUnits.toString, checked here)
        assertEquals(38.0255, u.energyToHertz(1), 1e-4);
        assertEquals(1.82494, u.energyToNanoKelvin(1), 1e-5);
        assertEquals(hbar / e * 1e3, u.timeToMilliseconds(1), 1e-12);
    }

    @Test
    void roundTrips() {
        AtomicUnits u = new AtomicUnits(Atom.DY162, 2.5);
        assertEquals(20, u.energyToNanoKelvin(u.temperatureFromNanoKelvin(20)), 1e-12);
        assertEquals(150, u.energyToHertz(u.energyFromHertz(150)), 1e-12);
        assertEquals(3.5, u.timeToMilliseconds(u.timeFromMilliseconds(3.5)), 1e-12);
        assertEquals(-1.7, u.couplingToInverseMicrometres(u.couplingFromInverseMicrometres(-1.7)),
                1e-15);
        assertEquals(2.5, u.parameters().get("c_tilde_per_um"), 1e-15);
        // k_B × 1 nK expressed through h: 1 nK = 20.8366 Hz × h/k_B... in model units
        assertEquals(KB * 1e-9 / H, u.energyToHertz(u.temperatureFromNanoKelvin(1)), 1e-9);
    }

    @Test
    void energyUnitsScaleAsInverseMass() {
        double ratio = new AtomicUnits(Atom.CS133, 1).energyUnit()
                / new AtomicUnits(Atom.DY162, 1).energyUnit();
        assertEquals(161.926804 / 132.905451961, ratio, 1e-14);
    }
}
