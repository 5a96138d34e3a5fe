package org.rapidity.runner.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** CSV writing: a header and rows of numbers in shortest round-trip form. */
public final class Csv {

    private Csv() {
    }

    /** A number as CSV text: shortest decimal that reads back to the same double. */
    public static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** Writes a whole table atomically (temporary file, then rename). */
    public static void write(Path file, List<String> header, List<List<String>> rows)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            for (List<String> row : rows) {
                w.write(String.join(",", row));
                w.write('\n');
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
