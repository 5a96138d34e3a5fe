package org.rapidity.solvers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.spi.SolverProvider;
import org.rapidity.solvers.kinetic.KineticRates;

/**
 * Names and offered views are written once, on the provider: no solver class declares its own
 * {@code name()} or {@code snapshotViews()}, and a solver built by a provider reports that
 * provider's.
 */
class SolverMetadataTest {

    @Test
    void noSolverClassWritesItsNameOrViewsAgain() {
        List<String> twice = new ArrayList<>();
        for (SolverProvider p : Registry.standard().solvers().all()) {
            Class<?> solver = p.getClass().getEnclosingClass();
            assertTrue(solver != null && Solver.class.isAssignableFrom(solver), p.name()
                    + ": the provider is nested in its solver class");
            for (Class<?> c = solver; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getParameterCount() == 0 && (m.getName().equals("name")
                            || m.getName().equals("snapshotViews"))) {
                        twice.add(c.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void aSolverReportsItsProvidersNameAndViews() {
        int built = 0;
        for (SolverProvider p : Registry.standard().solvers().all()) {
            if (p.parameters().stream().anyMatch(s -> s.isRequired())) {
                continue; // ghd needs its grid; the reflection test covers it
            }
            Solver s = p.create(Parameters.validate("solver", p.parameters(), Map.of()));
            assertSame(p.getClass(), s.provider().getClass());
            assertEquals(p.name(), s.name());
            assertEquals(p.snapshotViews(), s.snapshotViews());
            built++;
        }
        assertTrue(built >= 4, "built " + built);
        // the Landau solver emits its rates; its provider used to offer only the state
        assertTrue(Registry.standard().solvers().get("solver.name", "landau").snapshotViews()
                .contains(KineticRates.class));
        assertFalse(Registry.standard().solvers().get("solver.name", "fgr").snapshotViews()
                .contains(KineticRates.class));
    }
}
