package org.rapidity.runner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV table the runner wrote (observables.csv, sweep.csv), read back by column name. Every
 * cell is a number in the runner's round-trip form ({@code NaN} included).
 */
record CsvTable(Path file, List<String> header, List<double[]> rows) {

    static CsvTable read(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.size() > 1, "no rows in " + file);
        List<String> header = List.of(lines.get(0).split(",", -1));
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(Arrays.stream(line.split(",", -1)).mapToDouble(Double::parseDouble)
                    .toArray());
        }
        return new CsvTable(file, header, List.copyOf(rows));
    }

    boolean has(String name) {
        return header.contains(name);
    }

    /** The column of that name, one value per row. */
    double[] column(String name) {
        int c = header.indexOf(name);
        assertTrue(c >= 0, "no column " + name + " in " + file + ": " + header);
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    /** The first column (time in observables.csv, the swept value in sweep.csv). */
    double[] first() {
        return rows.stream().mapToDouble(r -> r[0]).toArray();
    }

    static double last(double[] x) {
        return x[x.length - 1];
    }
}
