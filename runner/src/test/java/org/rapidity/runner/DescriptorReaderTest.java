package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;

/** Descriptor structure and overrides. */
class DescriptorReaderTest {

    static Descriptor parse(String text, String... overrides) {
        return DescriptorReader.parse(Path.of("x.json"), text, List.of(overrides));
    }

    static final String MIN = "{\"model\": \"hardrods\", \"state\": {\"name\": \"thermal\","
            + " \"beta\": 1}, \"grid\": {\"min\": -5, \"max\": 5, \"points\": 40}}";

    @Test
    void componentsMayBeNamesOrObjects() {
        Descriptor d = parse(MIN);
        assertEquals("hardrods", d.model().name());
        assertEquals(Map.of(), d.model().parameters());
        assertEquals(Map.of("beta", 1), d.state().parameters());
        assertEquals(QuadratureGrid.Rule.UNIFORM, d.grid().rule());
        assertEquals(Path.of("out", "x"), d.output().directory());
    }

    @Test
    void overridesCreateFieldsAndTurnNamesIntoObjects() {
        Descriptor d = parse(MIN, "model.a=0.25", "state.mu=-1", "grid.quadrature=gauss-legendre",
                "output.dir=elsewhere", "observables=[\"kurtosis\"]");
        assertEquals(Map.of("a", 0.25), d.model().parameters());
        assertEquals(-1, d.state().parameters().get("mu"));
        assertEquals(QuadratureGrid.Rule.GAUSS_LEGENDRE, d.grid().rule());
        assertEquals(Path.of("elsewhere"), d.output().directory());
        assertEquals("kurtosis", d.observables().get(0).name());
        assertEquals(0.25, d.resolved().at("/model/a").asDouble());
    }

    @Test
    void badOverridesAreNamed() {
        assertEquals("--set: expected path=value, got 'model.a'", assertThrows(
                InvalidInputException.class, () -> parse(MIN, "model.a")).getMessage());
        assertEquals("grid.points: expected an integer, got 'many'", assertThrows(
                InvalidInputException.class, () -> parse(MIN, "grid.points=many"))
                .getMessage());
    }

    @Test
    void nullValuesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> parse(MIN.replace("\"beta\": 1", "\"beta\": null")));
        assertEquals("state.beta: null is not a value; leave the key out to use the default",
                e.getMessage());
    }
}
