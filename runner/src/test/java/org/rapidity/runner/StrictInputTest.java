package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.descriptor.DescriptorReader;

/**
 * Issue 13, defects 2 and 8: a descriptor is exactly one JSON value, and numbers are JSON numbers
 * (Java's {@code 1f}, {@code 0x1p0}, {@code 1d} or {@code Infinity} are refused, also through
 * {@code --set} and as strings).
 */
class StrictInputTest {

    static final String MIN = "{\"model\": \"hardrods\", \"state\": {\"name\": \"thermal\","
            + " \"beta\": 1}, \"grid\": {\"min\": -5, \"max\": 5, \"points\": 40}}";

    static InvalidInputException refused(String text, String... overrides) {
        return assertThrows(InvalidInputException.class,
                () -> DescriptorReader.parse(Path.of("x.json"), text, List.of(overrides)));
    }

    @Test
    void textAfterTheObjectIsRefusedWithItsPosition() {
        InvalidInputException e = refused(MIN + "\ngarbage");
        assertTrue(e.getMessage().contains("x.json: malformed JSON at line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("after the descriptor"), e.getMessage());
        InvalidInputException second = refused(MIN + " " + MIN);
        assertTrue(second.getMessage().contains("after the descriptor"), second.getMessage());
        // trailing white space and a final newline are fine
        assertEquals("hardrods", DescriptorReader.parse(Path.of("x.json"), MIN + " \n\t\n",
                List.of()).model().name());
    }

    @Test
    void javaNumberSyntaxIsRefusedInOverridesAndStrings() {
        for (String bad : List.of("1f", "0x1p0", "1d", "Infinity", "NaN", "1_0", "+1", ".5",
                "1.", "0x10")) {
            InvalidInputException e = refused(MIN, "grid.max=" + bad);
            assertEquals("grid.max", e.field(), bad);
            assertTrue(e.getMessage().contains("got '" + bad + "'"), e.getMessage());
            InvalidInputException s = refused(MIN.replace("\"max\": 5", "\"max\": \"" + bad
                    + "\""));
            assertEquals("grid.max", s.field(), bad);
        }
        // JSON numbers, also written as strings, still work
        for (String good : List.of("0.5", "5e-1", "5E-1", "0.5e+0", "1", "2.0")) {
            assertEquals(Double.parseDouble(good), DescriptorReader.parse(Path.of("x.json"),
                    MIN, List.of("grid.max=\"" + good + "\"")).grid().max());
            assertEquals(Double.parseDouble(good), DescriptorReader.parse(Path.of("x.json"),
                    MIN, List.of("grid.max=" + good)).grid().max());
        }
    }

    @Test
    void theCommandLineRefusesTrailingGarbageBeforeAnyOutput(@org.junit.jupiter.api.io.TempDir
            Path tmp) throws Exception {
        Path d = tmp.resolve("d.json");
        java.nio.file.Files.writeString(d, CliTest.FIG6 + "}\n");
        Cli c = Cli.run("tba", d.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.INVALID_INPUT, c.status(), c.err());
        assertTrue(c.err().contains("after the descriptor"), c.err());
        assertTrue(!java.nio.file.Files.exists(tmp.resolve("out")));
    }
}
