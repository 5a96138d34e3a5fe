package org.rapidity.framework.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Named;

/** Named service discovery and its errors. */
class RegistryTest {

    record Fake(String name) implements Named {
        @Override
        public String description() {
            return "fake " + name;
        }
    }

    @Test
    void unknownNameListsTheAvailableOnesAndSuggestsTheClosest() {
        NamedServices<Fake> s = NamedServices.of("model",
                List.of(new Fake("liebliniger"), new Fake("hardrods")));
        assertEquals(List.of("hardrods", "liebliniger"), s.names());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.get("model.name", "hardrod"));
        assertEquals("model.name: unknown model 'hardrod'; available: hardrods, liebliniger"
                + " (did you mean 'hardrods'?)", e.getMessage());
        assertEquals("model.name", e.field());
        String far = assertThrows(InvalidInputException.class,
                () -> s.get("model.name", "xxz")).getMessage();
        assertEquals("model.name: unknown model 'xxz'; available: hardrods, liebliniger", far);
    }

    @Test
    void duplicateAndMalformedNamesAreRejected() {
        assertThrows(IllegalStateException.class,
                () -> NamedServices.of("model", List.of(new Fake("Bad Name"))));
    }

    @Test
    void builtInComponentsAreDiscovered() {
        Registry r = Registry.standard();
        assertTrue(r.states().contains("thermal"), r.states().names().toString());
        assertTrue(r.states().contains("two-lump"));
        assertTrue(r.observables().names().containsAll(List.of("kurtosis", "kinetic-energy",
                "particle-density", "energy-density", "momentum-density", "entropy-density")));
    }
}
