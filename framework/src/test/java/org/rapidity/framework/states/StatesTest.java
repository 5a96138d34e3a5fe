package org.rapidity.framework.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.framework.tba.TbaState;

/** Built-in initial states and the grid-resolution check. */
class StatesTest {

    static TbaState build(InitialStateProvider p, ModeSpace space, Map<String, ?> raw) {
        return p.create(space, Parameters.validate("state", p.parameters(), raw));
    }

    static ModeSpace space(int species, QuadratureGrid grid) {
        return ModeSpace.of(new LorentzianTestModel(species, Statistics.FERMIONIC, 1.0, 1.0),
                grid);
    }

    @Test
    void thermalStateAtFixedDensityReachesTheDensity() {
        ModeSpace sp = space(1, QuadratureGrid.gaussLegendre(-8, 8, 80));
        TbaState s = build(new ThermalStateProvider(), sp, Map.of("beta", 2.0, "density", 0.7));
        assertEquals(0.7, s.particleDensity(), 1e-12);
    }

    @Test
    void thermalStateNeedsExactlyOneOfMuAndDensity() {
        ModeSpace sp = space(1, QuadratureGrid.gaussLegendre(-8, 8, 40));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> build(new ThermalStateProvider(), sp, Map.of("beta", 1.0)));
        assertEquals("state: give exactly one of mu and density", e.getMessage());
    }

    @Test
    void bosonsNeedAChemicalPotentialBelowTheBand() {
        ModeSpace sp = ModeSpace.of(new LorentzianTestModel(1, Statistics.BOSONIC, -0.5, 1.0),
                QuadratureGrid.gaussLegendre(-8, 8, 40));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> build(new ThermalStateProvider(), sp, Map.of("beta", 1.0, "mu", 0.5)));
        assertTrue(e.getMessage().contains("bosonic statistics need a positive driving term"),
                e.getMessage());
    }

    @Test
    void twoLumpStateIsSymmetricAndNormalisedOnTheGrid() {
        ModeSpace sp = space(1, QuadratureGrid.uniform(-7, 7, 100));
        TbaState s = build(new TwoLumpStateProvider(), sp,
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2));
        assertEquals(0.2, s.quasiparticleDensity(), 1e-15);
        double[] rho = s.density();
        for (int i = 0; i < rho.length; i++) {
            assertEquals(rho[rho.length - 1 - i], rho[i], 1e-15);
        }
        assertEquals(0, s.momentumDensity(), 1e-15);
    }

    @Test
    void twoLumpStateRefusesMultiSpeciesModels() {
        ModeSpace sp = space(2, QuadratureGrid.uniform(-7, 7, 50));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> build(new TwoLumpStateProvider(), sp,
                        Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2)));
        assertTrue(e.getMessage().startsWith("state.name: two-lump is defined for one-species"),
                e.getMessage());
    }

    @Test
    void coarseGridIsRejectedNamingThePoints() {
        ModeSpace sp = space(1, QuadratureGrid.uniform(-7, 7, 12));
        TwoLumpStateProvider p = new TwoLumpStateProvider();
        Parameters params = Parameters.validate("state", p.parameters(),
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Resolution.buildResolved(p, sp, params, 1e-8));
        assertTrue(e.getMessage().startsWith("grid.points: 12 points are too coarse"),
                e.getMessage());
        ModeSpace fine = space(1, QuadratureGrid.uniform(-7, 7, 100));
        assertEquals(0.2, Resolution.buildResolved(p, fine, params, 1e-8).quasiparticleDensity(),
                1e-15);
    }

    @Test
    void narrowGridIsRejectedNamingTheInterval() {
        ModeSpace sp = space(1, QuadratureGrid.uniform(-1.5, 1.5, 60));
        TwoLumpStateProvider p = new TwoLumpStateProvider();
        Parameters params = Parameters.validate("state", p.parameters(),
                Map.of("beta", 2.5, "theta0", 1.0, "density", 0.2));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Resolution.buildResolved(p, sp, params, 1e-8));
        assertTrue(e.getMessage().startsWith("grid: the state is not negligible at the ends"),
                e.getMessage());
    }
}
