package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.RapidityDomain;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.Statistics;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;

/** Grids from the model's rapidity domains, per-species overrides, and their errors. */
class GridDefaultsTest {

    /** Two species: one on a circle of period π (a default grid), one on the line (none). */
    private static final IntegrableModel MIXED = new IntegrableModel() {
        public String name() { return "mixed"; }
        public Parameters parameters() { return Parameters.empty(); }
        public String units() { return "none"; }
        public int speciesCount() { return 2; }
        public Statistics statistics(int s) { return Statistics.FERMIONIC; }
        public RapidityDomain rapidityDomain(int s) {
            return s == 0 ? RapidityDomain.circle(-Math.PI / 2, Math.PI) : RapidityDomain.line();
        }
        public double momentum(int s, double t) { return t; }
        public double momentumDerivative(int s, double t) { return 1; }
        public double energy(int s, double t) { return t * t; }
        public double energyDerivative(int s, double t) { return 2 * t; }
        public double scatteringShift(int a, double t, int b, double u) { return 0; }
    };

    private static Descriptor parse(String json) {
        return DescriptorReader.parse(Path.of("d.json"), json, List.of());
    }

    @Test
    void speciesOnACircleTakeTheModelsGridAndOverridesApplyPerSpecies() {
        Descriptor d = parse("""
                {"model": "mixed", "state": "thermal",
                 "grid": {"species": {"2": {"quadrature": "gauss-legendre", "min": -5,
                          "max": 5, "points": 30}}}}
                """);
        List<QuadratureGrid> g = d.grid().grids(MIXED);
        assertTrue(g.get(0).isPeriodic());
        assertEquals(64, g.get(0).size());
        assertEquals(-Math.PI / 2, g.get(0).min(), 0);
        assertEquals(QuadratureGrid.Rule.GAUSS_LEGENDRE, g.get(1).rule());
        assertEquals(30, g.get(1).size());
        assertEquals(Optional.empty(), MIXED.defaultGrid(1));
    }

    @Test
    void aSpeciesOnTheLineWithoutAGridIsRefusedNamingTheField() {
        Descriptor d = parse("{\"model\": \"mixed\", \"state\": \"thermal\","
                + " \"grid\": {\"points\": 40}}");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> d.grid().grids(MIXED));
        assertEquals("grid.min", e.field());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> parse(
                "{\"model\": \"mixed\", \"state\": \"thermal\", \"grid\": {\"species\":"
                + " {\"7\": {\"points\": 8}}}}").grid().grids(MIXED));
        assertEquals("grid.species.7", bad.field());
    }

    @Test
    void aFullGridIsUnchangedForEverySpecies() {
        Descriptor d = parse("""
                {"model": "mixed", "state": "thermal",
                 "grid": {"min": -7, "max": 7, "points": 20}}
                """);
        for (QuadratureGrid g : d.grid().grids(MIXED)) {
            assertEquals(QuadratureGrid.uniform(-7, 7, 20), g);
        }
    }
}
