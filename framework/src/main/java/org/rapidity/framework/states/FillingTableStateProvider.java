package org.rapidity.framework.states;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code filling-csv}: fillings {@code n(x, θ)} read from a CSV file (e.g. another code's
 * output, to continue from it). The header names the columns {@code x, theta, n} and, for a
 * model with several species, {@code species} (counted from 1); one row per position and
 * rapidity, every position with the same rapidities. The filling is interpolated linearly in
 * {@code θ} onto the grid's nodes (zero beyond the table's rapidities) and linearly in {@code x}
 * between the table's positions (the end positions' fillings beyond them). Missing rows, values
 * that are not finite and fillings outside {@code [0, 1]} are refused, naming the field and the
 * line.
 */
public final class FillingTableStateProvider extends ProfileStateProvider {

    /** The provider. */
    public FillingTableStateProvider() {
        super("filling-csv",
                "fillings n(x, θ) read from a CSV file with columns x, theta, n (and species,"
                        + " from 1, for several species), interpolated linearly; varies in x"
                        + " (solvers: ghd)",
                ParameterSpec.text("file", "CSV file of x, theta, n (relative to the working"
                        + " directory)").required());
    }

    @Override
    public InhomogeneousState createInhomogeneous(ModeSpace space, Parameters p,
            Map<String, TbaState> parts) {
        String field = p.field("file");
        Path file = Path.of(p.text("file"));
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InvalidInputException(field, "cannot read " + file + ": " + e);
        }
        return read(space, lines, field, file.toString());
    }

    /** The state of the CSV {@code lines} (for tests; {@code source} names them in errors). */
    static InhomogeneousState read(ModeSpace space, List<String> lines, String field,
            String source) {
        int species = space.speciesCount();
        int header = -1;
        int cx = -1;
        int ct = -1;
        int cn = -1;
        int cs = -1;
        // position → species → (θ → n), in order
        TreeMap<Double, List<TreeMap<Double, Double>>> table = new TreeMap<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*[,;\\s]\\s*");
            String where = source + " line " + (l + 1);
            if (header < 0) {
                header = l;
                for (int c = 0; c < cells.length; c++) {
                    switch (cells[c].toLowerCase(Locale.ROOT)) {
                        case "x" -> cx = c;
                        case "theta", "θ", "lambda", "rapidity" -> ct = c;
                        case "n", "filling" -> cn = c;
                        case "species" -> cs = c;
                        default -> throw new InvalidInputException(field, where + ": unknown"
                                + " column '" + cells[c] + "'; the header names x, theta, n"
                                + " (and species for a model of several)");
                    }
                }
                if (cx < 0 || ct < 0 || cn < 0) {
                    throw new InvalidInputException(field, where + ": the header must name the"
                            + " columns x, theta and n, got '" + line + "'");
                }
                if (species > 1 && cs < 0) {
                    throw new InvalidInputException(field, where + ": model "
                            + space.model().name() + " has " + species + " species; add a"
                            + " column species (1 to " + species + ")");
                }
                continue;
            }
            int columns = Math.max(Math.max(cx, ct), Math.max(cn, cs)) + 1;
            if (cells.length < columns) {
                throw new InvalidInputException(field, where + ": expected " + columns
                        + " values, got " + cells.length);
            }
            double x = number(cells[cx], field, where, "x");
            double theta = number(cells[ct], field, where, "theta");
            double n = number(cells[cn], field, where, "n");
            if (n < 0 || n > 1) {
                throw new InvalidInputException(field, where + ": the filling n = " + n
                        + " is outside [0, 1]");
            }
            int a = 0;
            if (cs >= 0) {
                double s = number(cells[cs], field, where, "species");
                if (s != Math.rint(s) || s < 1 || s > species) {
                    throw new InvalidInputException(field, where + ": species " + cells[cs]
                            + " is not one of 1 to " + species);
                }
                a = (int) s - 1;
            }
            List<TreeMap<Double, Double>> row = table.computeIfAbsent(x, k -> {
                List<TreeMap<Double, Double>> r = new ArrayList<>();
                for (int q = 0; q < species; q++) {
                    r.add(new TreeMap<>());
                }
                return r;
            });
            if (row.get(a).put(theta, n) != null) {
                throw new InvalidInputException(field, where + ": a second row for x = " + x
                        + ", theta = " + theta + (species > 1 ? ", species " + (a + 1) : ""));
            }
        }
        if (table.isEmpty()) {
            throw new InvalidInputException(field, source + ": no rows");
        }
        // every position must have the rapidities of the first
        Map.Entry<Double, List<TreeMap<Double, Double>>> first = table.firstEntry();
        for (int a = 0; a < species; a++) {
            if (first.getValue().get(a).size() < 2) {
                throw new InvalidInputException(field, source + ": at x = " + first.getKey()
                        + (species > 1 ? ", species " + (a + 1) : "") + " there are "
                        + first.getValue().get(a).size() + " rapidities; need at least 2");
            }
        }
        for (Map.Entry<Double, List<TreeMap<Double, Double>>> e : table.entrySet()) {
            for (int a = 0; a < species; a++) {
                var want = first.getValue().get(a).keySet();
                var have = e.getValue().get(a).keySet();
                if (!want.equals(have)) {
                    List<Double> missing = new ArrayList<>(want);
                    missing.removeAll(have);
                    List<Double> extra = new ArrayList<>(have);
                    extra.removeAll(want);
                    throw new InvalidInputException(field, source + ": rows missing at x = "
                            + e.getKey() + (species > 1 ? ", species " + (a + 1) : "") + ": "
                            + (missing.isEmpty() ? "theta " + extra + " are not at x = "
                                    + first.getKey() : "theta " + missing.subList(0, Math.min(5,
                                    missing.size())) + (missing.size() > 5 ? " ..." : ""))
                            + " (every position needs the same rapidities)");
                }
            }
        }
        double[] xs = new double[table.size()];
        double[][] onModes = new double[table.size()][];
        int i = 0;
        for (Map.Entry<Double, List<TreeMap<Double, Double>>> e : table.entrySet()) {
            xs[i] = e.getKey();
            onModes[i] = onModes(space, e.getValue());
            i++;
        }
        return new PositionDependent(space, xs[0], x -> interpolate(xs, onModes, x));
    }

    private static double number(String cell, String field, String where, String column) {
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, where + ": " + column + " '" + cell
                    + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(field, where + ": " + column + " = " + cell
                    + " is not finite");
        }
        return v;
    }

    /** The table's fillings of one position, linearly interpolated onto the grid's nodes. */
    private static double[] onModes(ModeSpace space, List<TreeMap<Double, Double>> species) {
        double[] out = new double[space.size()];
        for (int k = 0; k < out.length; k++) {
            TreeMap<Double, Double> row = species.get(space.species(k));
            double th = space.theta(k);
            Map.Entry<Double, Double> lo = row.floorEntry(th);
            Map.Entry<Double, Double> hi = row.ceilingEntry(th);
            if (lo == null || hi == null) {
                out[k] = 0;
            } else if (lo.getKey().equals(hi.getKey())) {
                out[k] = lo.getValue();
            } else {
                double s = (th - lo.getKey()) / (hi.getKey() - lo.getKey());
                out[k] = (1 - s) * lo.getValue() + s * hi.getValue();
            }
        }
        return out;
    }

    private static double[] interpolate(double[] xs, double[][] f, double x) {
        int j = Arrays.binarySearch(xs, x);
        if (j >= 0) {
            return f[j].clone();
        }
        int hi = -j - 1;
        if (hi == 0) {
            return f[0].clone();
        }
        if (hi == xs.length) {
            return f[xs.length - 1].clone();
        }
        double s = (x - xs[hi - 1]) / (xs[hi] - xs[hi - 1]);
        double[] out = new double[f[hi].length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (1 - s) * f[hi - 1][k] + s * f[hi][k];
        }
        return out;
    }
}
