package org.rapidity.models.liebliniger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.EnsembleProvider;

/**
 * {@code tube-lattice}: the members of a Table S1 data set in atom-number bins conserve the tubes
 * and the atoms ({@code Σ weight = tubes}, {@code Σ weight·N = Σ N = N_BEC} within the one-atom
 * cut-off's bisection), each member's {@code solver.atoms} is its bin's mean, and bad input names
 * the field of the {@code ensemble} section.
 */
class TubeLatticeEnsembleTest {

    private static EnsembleProvider.Ensemble ensemble(Map<String, Object> raw) {
        TubeLatticeEnsemble p = new TubeLatticeEnsemble();
        return p.create(Parameters.validate("ensemble", p.parameters(), raw));
    }

    @Test
    void binsConserveTubesAndAtoms() {
        for (int bins : new int[] {1, 3, 8}) {
            EnsembleProvider.Ensemble e = ensemble(Map.of("data_set", "fig2", "bins", bins));
            double tubes = 0;
            double atoms = 0;
            double previous = 0;
            for (EnsembleProvider.Member m : e.members()) {
                double n = ((Number) m.settings().get("solver.atoms")).doubleValue();
                assertTrue(n >= 1 && n > previous, "bins in increasing atom number: " + n);
                previous = n;
                tubes += m.weight();
                atoms += m.weight() * n;
            }
            assertTrue(e.members().size() <= bins, "at most one member per bin");
            assertEquals(e.totals().get("tubes"), tubes, 0, "Σ weight = populated tubes");
            assertEquals(e.totals().get("atoms"), atoms, 1e-9 * atoms, "Σ weight·N = Σ N");
            assertEquals(3.2e4, atoms, 1.0, "Σ weight·N = N_BEC");
        }
    }

    @Test
    void badInputNamesTheField() {
        InvalidInputException many = assertThrows(InvalidInputException.class,
                () -> ensemble(Map.of("data_set", "fig4", "bins", 100000)));
        assertEquals("ensemble.bins", many.field(), many.getMessage());
        assertTrue(many.getMessage().contains("4403 populated tubes"), many.getMessage());
        InvalidInputException none = assertThrows(InvalidInputException.class,
                () -> ensemble(Map.of("data_set", "fig4", "bins", 0)));
        assertEquals("ensemble.bins", none.field(), none.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> ensemble(Map.of("data_set", "fig5", "bins", 2)));
        assertEquals("ensemble.data_set", unknown.field(), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("fig3-20nK"), unknown.getMessage());
    }
}
