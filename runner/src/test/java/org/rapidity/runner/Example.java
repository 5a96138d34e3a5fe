package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An example of {@code examples/} run through the command line in-process, as
 * {@code ./rapidity run examples/NAME --out OUT --fresh --set …} would run it (the launcher on
 * the module path is smoke-tested by {@code .ci/run}).
 */
final class Example {

    private Example() {
    }

    /** The example descriptor (tests run in runner/, the examples live at the root). */
    static Path descriptor(String name) {
        return Path.of("..", "examples", name).toAbsolutePath().normalize();
    }

    /**
     * Runs the example with {@code --fresh}, each override as one {@code --set}, and the given
     * flags (e.g. {@code --no-plots}); fails the test with the command's error output unless it
     * exits with status 0.
     */
    static void run(String name, Path out, List<String> overrides, String... flags) {
        List<String> args = new ArrayList<>(List.of("run", descriptor(name).toString(), "--out",
                out.toString(), "--fresh"));
        for (String o : overrides) {
            args.add("--set");
            args.add(o);
        }
        args.addAll(List.of(flags));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.status(), "rapidity " + String.join(" ", args) + "\n" + c.err());
    }

    /** Fails unless the file exists and is not empty (as {@code test -s}). */
    static void assertNonEmpty(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file) && Files.size(file) > 0, "missing or empty: "
                + file);
    }
}
