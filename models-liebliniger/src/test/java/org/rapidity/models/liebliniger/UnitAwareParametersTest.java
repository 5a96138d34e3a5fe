package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapidity.models.liebliniger.ProvidersTest.error;
import static org.rapidity.models.liebliniger.ProvidersTest.model;
import static org.rapidity.models.liebliniger.ProvidersTest.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Deprecation;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * Parameters that carry their unit ({@code "c": "2.58 1/um"}, {@code "temperature": "20 nK"},
 * {@code "density": "1 1/um"}, {@code "mu": "300 Hz"}) against the deprecated pairs they replace
 * ({@code c_tilde}, {@code temperature_nK}, {@code density_per_um}, {@code mu_Hz}): the same
 * doubles for the values the examples use, one warning naming the new form, clear errors.
 */
class UnitAwareParametersTest {

    private final List<String> warnings = new ArrayList<>();
    private Consumer<String> before;

    @BeforeEach
    void captureWarnings() {
        before = Deprecation.redirect(warnings::add);
    }

    @AfterEach
    void restoreWarnings() {
        Deprecation.redirect(before);
    }

    @Test
    void couplingWithAUnitIsTheDeprecatedCTildeBitForBit() {
        for (double cTilde : new double[] {2.58, -1, 3.4, -2, 0.8, 0.1, 7.3}) {
            LiebLiniger alias = (LiebLiniger) model(Map.of("atom", "133Cs", "c_tilde", cTilde));
            LiebLiniger unit = (LiebLiniger) model(Map.of("atom", "133Cs", "c", cTilde
                    + " 1/um"));
            assertEquals(alias.coupling(), unit.coupling(), 0, "c̃ = " + cTilde);
            assertEquals(cTilde, unit.coupling(), 0);
        }
        // 1/mm: a thousandth of the model's unit
        assertEquals(2.58e-3, ((LiebLiniger) model(Map.of("atom", "162Dy", "c", "2.58 1/mm")))
                .coupling(), 1e-18);
        assertEquals(List.of("model.c_tilde is deprecated; write \"c\": \"2.58 1/um\""),
                warnings.subList(0, 1));
        assertEquals(7, warnings.size(), "one warning per distinct value");
    }

    @Test
    void stateParametersWithUnitsAreTheDeprecatedPairsBitForBit() {
        IntegrableModel m = model(Map.of("c", "2.58 1/um", "atom", "133Cs"));
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.gaussLegendre(-12, 12, 80));
        YangYangStateProvider yy = new YangYangStateProvider();
        TbaState alias = state(yy, sp, Map.of("temperature_nK", 20.0, "density_per_um", 1.0));
        TbaState unit = state(yy, sp, Map.of("temperature", "20 nK", "density", "1 1/um"));
        assertEquals(alias.particleDensity(), unit.particleDensity(), 0);
        assertEquals(alias.energyDensity(), unit.energyDensity(), 0);
        assertEquals(1.0, unit.particleDensity(), 1e-12);
        TbaState muAlias = state(yy, sp, Map.of("temperature_nK", 20.0, "mu_Hz", 300.0));
        TbaState muUnit = state(yy, sp, Map.of("temperature", "20 nK", "mu", "300 Hz"));
        assertEquals(muAlias.energyDensity(), muUnit.energyDensity(), 0);
        // k_B T may be written as a frequency too: 20 nK = 416.7 Hz within the grid's reach
        TbaState hertz = state(yy, sp, Map.of("temperature", (20e-9 * 1.380649e-23
                / 6.62607015e-34) + " Hz", "density", "1 1/um"));
        assertEquals(unit.energyDensity(), hertz.energyDensity(), 1e-12 * unit.energyDensity());
        IntegrableModel strings = model(Map.of("c", "-1 1/um", "atom", "133Cs", "strings", 4));
        ModeSpace ss = ModeSpace.of(strings, QuadratureGrid.gaussLegendre(-8, 8, 40));
        TbaState rampAlias = state(new StringRampStateProvider(), ss, Map.of("temperature_nK",
                20.0, "density_per_um", 1.0));
        TbaState rampUnit = state(new StringRampStateProvider(), ss, Map.of("temperature",
                "20 nK", "density", "1 1/um"));
        assertEquals(rampAlias.energyDensity(), rampUnit.energyDensity(), 0);
        assertTrue(warnings.contains("state.temperature_nK is deprecated; write \"temperature\":"
                + " \"20 nK\""), warnings.toString());
        assertTrue(warnings.contains("state.mu_Hz is deprecated; write \"mu\": \"300 Hz\""));
        assertTrue(warnings.contains("state.density_per_um is deprecated; write \"density\":"
                + " \"1 1/um\""));
    }

    @Test
    void errorsNameTheFieldAndTheAllowedUnits() {
        assertTrue(error(() -> model(Map.of("c", "-2 1/um"))).startsWith("model.c: a value in"
                + " laboratory units needs a model with laboratory units"));
        assertEquals("model.c: '-2 Hz' is not a 1/length; allowed units: 1/m, 1/mm, 1/um,"
                + " 1/nm", error(() -> model(Map.of("c", "-2 Hz", "atom", "133Cs"))));
        ModeSpace plain = ModeSpace.of(model(Map.of("c", 1.0)),
                QuadratureGrid.gaussLegendre(-8, 8, 40));
        YangYangStateProvider yy = new YangYangStateProvider();
        assertTrue(error(() -> state(yy, plain, Map.of("temperature", "20 nK", "density", 1.0)))
                .startsWith("state.temperature: laboratory units need an atom: set model.atom"));
        ModeSpace cs = ModeSpace.of(model(Map.of("c", 1.0, "atom", "133Cs")),
                QuadratureGrid.gaussLegendre(-8, 8, 40));
        assertEquals("state.temperature: '20 1/um' is not an energy; allowed units: Hz, kHz,"
                + " MHz (E = hν), K, mK, uK, μK, nK (E = k_B T)", error(() -> state(yy, cs,
                        Map.of("temperature", "20 1/um", "density", 1.0))));
        assertTrue(error(() -> state(yy, cs, Map.of("temperature", "-5 nK", "density", 1.0)))
                .startsWith("state.temperature: must be > 0"));
        assertEquals("state.density_per_um: conflicting: give exactly one of mu, mu_Hz, density,"
                + " density_per_um (got density and density_per_um)", error(() -> state(yy, cs,
                        Map.of("temperature", "20 nK", "density", "1 1/um", "density_per_um",
                                1.0))));
    }
}
