package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.spi.ZeroCrossing;
import org.rapidity.framework.states.Resolution;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The model, states and observables as a descriptor reaches them: ServiceLoader discovery,
 * parameters in both unit systems, and clear errors naming the field.
 */
class ProvidersTest {

    static IntegrableModel model(Map<String, ?> raw) {
        LiebLinigerProvider p = new LiebLinigerProvider();
        return p.create(Parameters.validate("model", p.parameters(), raw));
    }

    static TbaState state(InitialStateProvider p, ModeSpace space, Map<String, ?> raw) {
        return p.create(space, Parameters.validate("state", p.parameters(), raw));
    }

    static String error(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).getMessage();
    }

    @Test
    void discoveredThroughServiceLoader() {
        Registry r = Registry.standard();
        assertTrue(r.models().contains("liebliniger"));
        for (String s : new String[] {"yang-yang", "lieb-ground-state", "string-ramp"}) {
            assertTrue(r.states().contains(s), s);
        }
        assertTrue(r.observables().contains("pair-correlation"));
        assertTrue(r.observables().contains("string-populations"));
    }

    @Test
    void couplingInEitherUnitSystem() {
        IntegrableModel a = model(Map.of("c", 2.0));
        assertInstanceOf(RepulsiveLiebLiniger.class, a);
        assertTrue(a.laboratoryUnits().isEmpty());
        IntegrableModel b = model(Map.of("c_tilde", -1.0, "atom", "133Cs", "strings", 6));
        assertInstanceOf(AttractiveLiebLiniger.class, b);
        assertEquals(6, b.speciesCount());
        assertEquals(-1.0, ((LiebLiniger) b).coupling(), 0);
        assertEquals(-1.0, b.laboratoryUnits().get().parameters().get("c_tilde_per_um"), 0);
        assertEquals(LiebLinigerProvider.DEFAULT_STRINGS,
                model(Map.of("c", -0.5)).speciesCount());
    }

    @Test
    void inconsistentModelParametersAreNamed() {
        assertEquals("model.c_tilde: give c only (a number, or with a unit such as \"-2 1/um\");"
                + " c_tilde is its deprecated alias", error(() -> model(Map.of("c", 1.0, "c_tilde", 1.0,
                        "atom", "133Cs"))));
        assertEquals("model.atom: c_tilde is in μm⁻¹ and needs an atom for laboratory units;"
                + " allowed: 133Cs, 162Dy", error(() -> model(Map.of("c_tilde", 1.0))));
        assertTrue(error(() -> model(Map.of())).startsWith("model.c: required"));
        assertTrue(error(() -> model(Map.of("c", 0.0))).startsWith("model.c: c = 0 (free"
                + " bosons)"));
        // for c > 0, strings are those a ramp through c = 0 keeps (one knob for both sides)
        assertEquals(4, ((ZeroCrossing) model(Map.of("c", 1.0, "strings", 4)))
                .speciesAcrossZero());
        assertEquals(LiebLinigerProvider.STRINGS_AFTER_RAMP, ((ZeroCrossing) model(Map.of("c",
                1.0))).speciesAcrossZero());
        assertTrue(error(() -> model(Map.of("c", 1.0, "atom", "87Rb"))).startsWith(
                "model.atom: unknown value '87Rb'; allowed: 133Cs, 162Dy"));
    }

    @Test
    void yangYangStateInLaboratoryUnits() {
        IntegrableModel m = model(Map.of("c_tilde", 2.0, "atom", "133Cs"));
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.gaussLegendre(-12, 12, 120));
        TbaState s = state(new YangYangStateProvider(), sp, Map.of("temperature_nK", 20.0,
                "density_per_um", 3.0));
        assertEquals(3.0, s.particleDensity(), 1e-12);
        // the same state in model units: T = k_B 20 nK / E_ℓ
        double t = new AtomicUnits(Atom.CS133, 2).temperatureFromNanoKelvin(20);
        TbaState d = state(new YangYangStateProvider(), sp, Map.of("temperature", t,
                "density", 3.0));
        assertEquals(s.energyDensity(), d.energyDensity(), 1e-10 * s.energyDensity());
    }

    @Test
    void stateParametersAreValidated() {
        ModeSpace plain = ModeSpace.of(model(Map.of("c", 1.0)),
                QuadratureGrid.gaussLegendre(-8, 8, 60));
        YangYangStateProvider yy = new YangYangStateProvider();
        assertTrue(error(() -> state(yy, plain, Map.of("temperature_nK", 10.0, "density", 1.0)))
                .startsWith("state.temperature_nK: laboratory units need an atom: set"
                        + " model.atom"));
        assertEquals("state.density: conflicting: give exactly one of mu, mu_Hz, density,"
                + " density_per_um (got mu and density)", error(() -> state(yy, plain,
                        Map.of("temperature", 1.0, "mu", 1.0, "density", 1.0))));
        assertTrue(error(() -> state(yy, plain, Map.of("density", 1.0))).startsWith(
                "state.temperature: missing: give exactly one of temperature, temperature_nK"));
        ModeSpace strings = ModeSpace.of(model(Map.of("c", -1.0, "strings", 3)),
                QuadratureGrid.gaussLegendre(-8, 8, 30));
        assertTrue(error(() -> state(yy, strings, Map.of("temperature", 1.0, "mu", 0.0)))
                .startsWith("state.name: yang-yang is the thermal state of the repulsive gas"));
        assertTrue(error(() -> state(new StringRampStateProvider(), plain,
                Map.of("temperature", 1.0, "mu", -1.0))).startsWith("state.name: string-ramp"
                        + " builds Bethe strings"));
        assertTrue(error(() -> state(new StringRampStateProvider(), strings,
                Map.of("temperature", 1.0, "mu", 1.0))).startsWith("state.mu: value 1 out of"
                        + " range: must be < 0"));
    }

    /**
     * The ground state places its own nodes on [-q, q]: the runner's resolution check keeps it
     * (no edge test) and compares it with twice the nodes.
     */
    @Test
    void groundStatePlacesItsOwnNodesAndPassesTheResolutionCheck() {
        IntegrableModel m = model(Map.of("c", 1.0));
        ModeSpace sp = ModeSpace.of(m, QuadratureGrid.uniform(-7, 7, 40));
        GroundStateProvider p = new GroundStateProvider();
        TbaState s = Resolution.buildResolved(p, sp, Parameters.validate("state",
                p.parameters(), Map.of("density", 1.0)), 1e-10);
        assertEquals(40, s.size());
        assertEquals(1.0, s.particleDensity(), 1e-13);
        double q = s.space().grid(0).max();
        assertEquals(-q, s.space().grid(0).min(), 0);
        for (double n : s.filling()) {
            assertEquals(1.0, n, 0);
        }
    }

    @Test
    void observablesReadTheirColumns() {
        IntegrableModel m = model(Map.of("c", 1.0));
        TbaState s = LiebGroundState.atDensity((RepulsiveLiebLiniger) m, 1, 60);
        PairCorrelation pc = new PairCorrelation();
        double[] v = pc.evaluate(Snapshot.of(0, s));
        assertEquals(HellmannFeynman.g2(s), v[1], 1e-15);
        assertEquals(v[0], v[1], 1e-14, "n = 1");
        assertEquals(v[0], v[2], 1e-14, "c = 1");
        StringPopulations sp = new StringPopulations();
        double[] pop = sp.create(Parameters.validate("observables.0", sp.parameters(),
                Map.of("max", 2))).evaluate(Snapshot.of(0, s));
        assertEquals(1.0, pop[0], 1e-14, "all atoms unbound in the repulsive gas");
        assertEquals(0.0, pop[1], 0);
        assertEquals(0.0, pop[3], 0, "no binding energy");
        assertEquals(s.energyDensity(), pop[4], 1e-13, "E/N = com energy at n = 1");
    }
}
