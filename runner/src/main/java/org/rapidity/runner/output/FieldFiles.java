package org.rapidity.runner.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapidity.framework.spi.FieldOutput;

/**
 * Writes the fields of {@link FieldOutput} observables: for output number {@code k}, each field
 * to {@code fields/<name>-<k>.csv} (a profile as {@code x,value}, a 2D field in long form
 * {@code x,y,value}) and, with plots, a PNG of the same name (a line plot, or a heat map).
 */
public final class FieldFiles {

    /** Name of the folder in the run directory. */
    public static final String DIR = "fields";

    private final Path dir;
    private final boolean plots;

    /**
     * @param runDir the run directory
     * @param plots whether to draw PNGs
     */
    public FieldFiles(Path runDir, boolean plots) {
        this.dir = runDir.resolve(DIR);
        this.plots = plots;
    }

    /** Writes the fields of output number {@code index} at time {@code time}. */
    public void write(int index, double time, List<FieldOutput.Field> fields) throws IOException {
        if (fields.isEmpty()) {
            return;
        }
        Files.createDirectories(dir);
        String suffix = String.format(Locale.ROOT, "-%04d", index);
        String when = " (t = " + Csv.number(time) + ")";
        for (FieldOutput.Field f : fields) {
            String stem = f.name() + suffix;
            List<List<String>> rows = new ArrayList<>();
            if (f.is2d()) {
                for (int i = 0; i < f.x().length; i++) {
                    for (int j = 0; j < f.y().length; j++) {
                        rows.add(List.of(Csv.number(f.x()[i]), Csv.number(f.y()[j]),
                                Csv.number(f.values()[i][j])));
                    }
                }
                Csv.write(dir.resolve(stem + ".csv"), List.of(f.xLabel(), f.yLabel(),
                        f.valueLabel()), rows);
                if (plots) {
                    HeatMap.save(dir.resolve(stem + ".png"), List.of(new HeatMap.Panel(
                            f.title() + when, f.xLabel(), f.x(), f.yLabel(), f.y(),
                            f.valueLabel(), f.values())));
                }
            } else {
                for (int i = 0; i < f.x().length; i++) {
                    rows.add(List.of(Csv.number(f.x()[i]), Csv.number(f.values()[0][i])));
                }
                Csv.write(dir.resolve(stem + ".csv"), List.of(f.xLabel(), f.valueLabel()),
                        rows);
                if (plots) {
                    Plots.save(dir.resolve(stem + ".png"), List.of(new Plots.Panel(f.title()
                            + when, f.xLabel(), f.valueLabel(), List.of(new Plots.Series(
                                    f.valueLabel(), f.x(), f.values()[0])))));
                }
            }
        }
    }
}
