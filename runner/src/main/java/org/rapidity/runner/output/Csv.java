package org.rapidity.runner.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(String.join(",", header));
        for (List<String> row : rows) {
            lines.add(String.join(",", row));
        }
        writeLines(file, lines);
    }

    /**
     * Writes lines atomically (temporary file, then rename); on failure the temporary file is
     * removed and {@code file} is left as it was.
     */
    public static void writeLines(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
