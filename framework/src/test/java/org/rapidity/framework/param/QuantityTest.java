package org.rapidity.framework.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Quantity.Dimension;
import org.rapidity.framework.spi.LaboratoryUnits;

/** Unit-aware values: conversions against closed forms, exactness in model units, errors. */
class QuantityTest {

    /** Laboratory units of a Lieb-Liniger-like model: ℓ = 1 μm, E = ħ²/(2m ℓ²) for 133Cs. */
    private static final double MASS = 132.905451961 * 1.66053906660e-27;
    private static final LaboratoryUnits LAB = new LaboratoryUnits() {
        @Override
        public String description() {
            return "test: 133Cs, length unit 1 μm";
        }

        @Override
        public double lengthUnit() {
            return 1e-6;
        }

        @Override
        public double energyUnit() {
            return HBAR * HBAR / (2 * MASS * 1e-12);
        }
    };

    private static double model(Object raw, Dimension d) {
        return Quantity.toModel("model.x", raw, d, LAB);
    }

    private static String error(Object raw, Dimension d, LaboratoryUnits lab) {
        return assertThrows(InvalidInputException.class,
                () -> Quantity.toModel("state.x", raw, d, lab)).getMessage();
    }

    @Test
    void aBareNumberIsInModelUnits() {
        assertEquals(0.8, model(0.8, Dimension.INVERSE_LENGTH), 0);
        assertEquals(-3.0, model(-3, Dimension.ENERGY), 0);
        assertEquals(0.8, Quantity.toModel("f", 0.8, Dimension.ENERGY, null), 0);
    }

    @Test
    void aUnitEqualToTheModelsConvertsExactly() {
        // every decimal in μm⁻¹ is itself in model units: no rounding through 10⁶ and 10⁻⁶
        List<Double> inexact = new ArrayList<>();
        for (int i = -500; i <= 500; i++) {
            double x = i / 100.0;
            if (model(x + " 1/um", Dimension.INVERSE_LENGTH) != x) {
                inexact.add(x);
            }
        }
        assertEquals(List.of(), inexact);
        assertEquals(-2.0, model("-2 μm⁻¹", Dimension.INVERSE_LENGTH), 0);
    }

    @Test
    void lengthsAndTimesScaleByTheModelsUnits() {
        assertEquals(1e-3, model("1 1/mm", Dimension.INVERSE_LENGTH), 1e-18);
        double tau = LAB.timeUnit();
        assertEquals(27.6 * tau, model("27.6 Hz", Dimension.FREQUENCY), 0);
        assertEquals(27.6 * tau, model("0.0276 kHz", Dimension.FREQUENCY), 1e-15 * 27.6 * tau);
        // a ramp rate: c̃ per ms is c per (time unit / 1 ms)
        assertEquals(-0.038 * tau / 1e-3, model("-0.038 1/(um ms)",
                Dimension.INVERSE_LENGTH_TIME), 1e-15 * 0.038 * tau / 1e-3);
        assertEquals(model("-0.038 1/(um ms)", Dimension.INVERSE_LENGTH_TIME),
                model("-38 um^-1 s^-1", Dimension.INVERSE_LENGTH_TIME), 1e-15);
    }

    @Test
    void anEnergyIsHNuOrKBT() {
        double e = LAB.energyUnit();
        // the order of AtomicUnits: (constant × number × SI factor) / energy unit
        assertEquals(LaboratoryUnits.BOLTZMANN * 20 * 1e-9 / e, model("20 nK", Dimension.ENERGY),
                0);
        assertEquals(LaboratoryUnits.PLANCK * 300 / e, model("300 Hz", Dimension.ENERGY), 0);
        assertEquals(model("300 Hz", Dimension.ENERGY), model("0.3 kHz", Dimension.ENERGY),
                1e-15 * model("300 Hz", Dimension.ENERGY));
        assertEquals(model("1 uK", Dimension.ENERGY), model("1000 nK", Dimension.ENERGY),
                1e-15 * model("1 uK", Dimension.ENERGY));
        // k_B T = h ν at ν = k_B T / h: 20 nK is 416.7 Hz
        double nu = LaboratoryUnits.BOLTZMANN * 20e-9 / LaboratoryUnits.PLANCK;
        assertEquals(model("20 nK", Dimension.ENERGY), model(nu + " Hz", Dimension.ENERGY),
                1e-14 * model("20 nK", Dimension.ENERGY));
        assertEquals(416.7, nu, 0.05);
    }

    @Test
    void errorsNameTheFieldAndTheAllowedUnits() {
        assertEquals("state.x: '20 1/um' is not an energy; allowed units: Hz, kHz, MHz"
                + " (E = hν), K, mK, uK, μK, nK (E = k_B T)",
                error("20 1/um", Dimension.ENERGY, LAB));
        assertEquals("state.x: '20 nK' is not a 1/length; allowed units: 1/m, 1/mm, 1/um,"
                + " 1/nm", error("20 nK", Dimension.INVERSE_LENGTH, LAB));
        assertTrue(error("20 nanoK", Dimension.ENERGY, LAB).startsWith("state.x: unknown unit"
                + " 'nanoK' in 'nanoK'; known: m, mm, um"));
        assertTrue(error("20", Dimension.ENERGY, LAB).contains("allowed units: Hz"));
        assertTrue(error("x nK", Dimension.ENERGY, LAB).contains("does not start with a"
                + " number"));
        assertTrue(error("20 nK", Dimension.ENERGY, null).startsWith("state.x: a value in"
                + " laboratory units needs a model with laboratory units"));
    }
}
