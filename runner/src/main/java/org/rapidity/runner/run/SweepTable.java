package org.rapidity.runner.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.Plots;

/**
 * Combines the runs of a sweep: {@code sweep.csv} (the swept value in the first column, then each
 * run's {@code observables.csv}) and {@code sweep.png} (each observable against time, one curve
 * per value).
 */
public final class SweepTable {

    /**
     * One finished run.
     *
     * @param label sub-directory name, {@code <parameter>=<value>}
     * @param dir its directory
     */
    public record Entry(String label, Path dir) {
    }

    private SweepTable() {
    }

    /** Writes {@code sweep.csv} (and {@code sweep.png}) into {@code dir}. */
    public static void write(Path dir, String parameter, List<Entry> runs, boolean plots)
            throws IOException {
        write(dir, parameter, runs, plots, 1.0, "t");
    }

    /**
     * Writes {@code sweep.csv} (and {@code sweep.png}, time axis {@code t/timeScale} labelled
     * {@code timeLabel}) into {@code dir}.
     */
    public static void write(Path dir, String parameter, List<Entry> runs, boolean plots,
            double timeScale, String timeLabel) throws IOException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<Plots.Series>> curves = new LinkedHashMap<>();
        for (Entry e : runs) {
            List<String> lines = Files.readAllLines(e.dir().resolve(RunRecorder.TABLE),
                    StandardCharsets.UTF_8);
            List<String> h = List.of(lines.get(0).split(","));
            if (header == null) {
                header = new ArrayList<>();
                header.add(parameter);
                header.addAll(h);
            }
            String value = e.label().substring(e.label().indexOf('=') + 1);
            double[][] table = new double[lines.size() - 1][];
            for (int i = 1; i < lines.size(); i++) {
                List<String> row = new ArrayList<>();
                row.add(value);
                row.addAll(List.of(lines.get(i).split(",")));
                rows.add(row);
                String[] parts = lines.get(i).split(",");
                table[i - 1] = new double[parts.length];
                for (int c = 0; c < parts.length; c++) {
                    table[i - 1][c] = Double.parseDouble(parts[c]);
                }
            }
            double[] t = new double[table.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = table[i][0] / timeScale;
            }
            for (int c = 1; c < h.size(); c++) {
                if (h.get(c).endsWith("_err")) {
                    continue;
                }
                double[] y = new double[table.length];
                for (int i = 0; i < y.length; i++) {
                    y[i] = table[i][c];
                }
                curves.computeIfAbsent(h.get(c), k -> new ArrayList<>())
                        .add(new Plots.Series(parameter + " = " + value, t, y));
            }
        }
        Files.createDirectories(dir);
        Csv.write(dir.resolve("sweep.csv"), header, rows);
        if (plots && !curves.isEmpty()) {
            List<Plots.Panel> panels = new ArrayList<>();
            curves.forEach((name, series) -> panels.add(new Plots.Panel(name, timeLabel, name,
                    series)));
            Plots.save(dir.resolve("sweep.png"), panels);
        }
    }
}
