package org.rapidity.runner.figure;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.ensemble.EnsembleRun;
import org.rapidity.runner.ensemble.EnsembleSum;
import org.rapidity.runner.output.Csv;
import org.rapidity.runner.output.Json;
import org.rapidity.runner.output.Plots;

/**
 * Writes a {@link FigureSpec}'s files once its runs have finished: {@code figure.csv} (per
 * series and x, every panel's columns), {@code figure.png} (the panels, curves with the quoted
 * points as markers), {@code quoted-vs-rapidity.csv} (each quoted point beside rapidity's value
 * at its x, interpolated linearly between outputs, and beside the {@code compare_also} column's)
 * and {@code figure.json} (the ratios).
 */
public final class FigureStep {

    private FigureStep() {
    }

    /** One series' table: x and the panels' columns. */
    private record Curves(String label, double[] x, List<String> names, List<double[]> values) {

        double[] column(String name) {
            return values.get(names.indexOf(name));
        }
    }

    /**
     * Reads the series' {@code observables.csv} under {@code root} and writes the figure's
     * files into {@code root}.
     *
     * @throws InvalidInputException naming the figure field whose column a run lacks, or the
     *     quoted file that cannot be read
     */
    public static void write(FigureSpec f, Path root, boolean plots, PrintStream out)
            throws IOException {
        List<Curves> all = new ArrayList<>();
        for (FigureSpec.Series s : f.series()) {
            Path file = root.resolve(s.directory()).resolve("observables.csv");
            all.add(curves(f, s.label(), EnsembleRun.read(file), file));
        }
        List<QuotedPoints.Point> quoted = f.quoted() == null ? List.of()
                : QuotedPoints.read(f.quoted(), f.x());
        List<String> names = all.get(0).names();
        List<String> ratioNames = f.ratios().stream().map(FigureSpec.Ratio::name).toList();
        for (FigureSpec.Ratio r : f.ratios()) {
            String name = r.perAtom() ? r.column() + "/N" : r.column();
            if (!names.contains(name)) {
                throw new InvalidInputException("figure.ratios", "column '" + name
                        + "' is drawn in no panel; the panels' columns: " + names);
            }
        }
        for (QuotedPoints.Point q : quoted) {
            if (!names.contains(q.column()) && !(Double.isNaN(q.x())
                    && ratioNames.contains(q.column()))) {
                throw new InvalidInputException("figure.quoted", f.quoted() + ": column '"
                        + q.column() + "' is drawn in no panel; the panels' columns: " + names);
            }
        }
        List<String> header = new ArrayList<>(List.of("series", f.x()));
        header.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        for (Curves c : all) {
            for (int k = 0; k < c.x().length; k++) {
                List<String> row = new ArrayList<>(List.of(c.label(), Csv.number(c.x()[k])));
                for (double[] v : c.values()) {
                    row.add(Csv.number(v[k]));
                }
                rows.add(row);
            }
        }
        Csv.write(root.resolve("figure.csv"), header, rows);
        for (var e : f.compareAlso().entrySet()) {
            if (!names.contains(e.getValue())) {
                throw new InvalidInputException("figure.compare_also." + e.getKey(), "column '"
                        + e.getValue() + "' is drawn in no panel; the panels' columns: " + names);
            }
        }
        List<List<String>> compared = new ArrayList<>();
        for (QuotedPoints.Point q : quoted) {
            for (Curves c : all) {
                if (!q.series().isEmpty() && !q.series().equals(c.label())) {
                    continue;
                }
                double[] r = compare(f, ratioNames, q, q.column(), c);
                String alsoName = f.compareAlso().get(q.column());
                double[] also = alsoName == null ? null : compare(f, ratioNames, q, alsoName, c);
                compared.add(List.of(Double.isNaN(q.x()) ? "" : Csv.number(q.x()), q.column(),
                        c.label(), Double.isNaN(r[0]) ? "" : Csv.number(r[0]),
                        Csv.number(q.value()), Csv.number(r[1]), Csv.number(r[1] - q.value()),
                        Csv.number((r[1] - q.value()) / q.value()),
                        alsoName == null ? "" : alsoName,
                        also == null ? "" : Csv.number(also[1]),
                        also == null ? "" : Csv.number((also[1] - q.value()) / q.value()),
                        q.source()));
            }
        }
        if (!quoted.isEmpty()) {
            Csv.write(root.resolve("quoted-vs-rapidity.csv"), List.of(f.x(), "column",
                    "series", "rapidity_at", "paper", "rapidity", "difference", "relative",
                    "also_column", "also_rapidity", "also_relative", "source"),
                    compared);
        }
        ObjectNode info = Json.object();
        info.put("x", f.x());
        ArrayNode ratios = info.putArray("ratios");
        for (FigureSpec.Ratio r : f.ratios()) {
            String name = r.perAtom() ? r.column() + "/N" : r.column();
            for (Curves c : all) {
                double a = interpolate(c.x(), c.column(name), r.at());
                double b = interpolate(c.x(), c.column(name), r.over());
                ObjectNode o = ratios.addObject();
                o.put("name", r.name());
                o.put("column", name);
                o.put("series", c.label());
                Json.putNumber(o, "at", r.at());
                Json.putNumber(o, "over", r.over());
                Json.putNumber(o, "value_at", a);
                Json.putNumber(o, "value_over", b);
                Json.putNumber(o, "ratio", a / b);
            }
        }
        Json.write(root.resolve("figure.json"), info);
        if (plots) {
            List<Plots.Panel> panels = new ArrayList<>();
            for (FigureSpec.Panel p : f.panels()) {
                List<Plots.Series> series = new ArrayList<>();
                for (String col : p.columns()) {
                    String name = p.name(col);
                    for (Curves c : all) {
                        series.add(broken(name + (c.label().isEmpty() ? "" : " "
                                + c.label()), c.x(), c.column(name)));
                    }
                    List<QuotedPoints.Point> mine = quoted.stream().filter(q -> q.column()
                            .equals(name) && !Double.isNaN(q.x())).toList();
                    for (String label : mine.stream().map(QuotedPoints.Point::series)
                            .distinct().toList()) {
                        List<QuotedPoints.Point> set = mine.stream().filter(q -> q.series()
                                .equals(label)).toList();
                        series.add(new Plots.Series("paper: " + name + (label.isEmpty() ? ""
                                : " " + label), set.stream().mapToDouble(QuotedPoints.Point::x)
                                .toArray(), set.stream().mapToDouble(QuotedPoints.Point::value)
                                .toArray(), true));
                    }
                }
                panels.add(new Plots.Panel(p.title(), f.xLabel(), p.yLabel(), series));
            }
            Plots.save(root.resolve("figure.png"), panels);
        }
        out.println("wrote the figure " + root.resolve("figure.csv") + (plots ? " and "
                + root.resolve("figure.png") : "") + (quoted.isEmpty() ? "" : " with "
                + quoted.size() + " quoted points (" + root.resolve("quoted-vs-rapidity.csv")
                + ")"));
    }

    /**
     * Rapidity's value of {@code column} for the quoted point {@code q}: {@code {where, value}}.
     * At the point's x (interpolated; inside the crossing gap, at the gap's edge on its side);
     * a point without x is compared with the figure ratio of its name, or else with the
     * column's largest value over the outputs.
     */
    private static double[] compare(FigureSpec f, List<String> ratioNames, QuotedPoints.Point q,
            String column, Curves c) {
        if (!Double.isNaN(q.x())) {
            double where = q.x();
            double r = interpolate(c.x(), c.column(column), q.x());
            if (Double.isNaN(r)) { // inside the crossing gap: its edge on that side
                where = nearestSameSide(c.x(), q.x());
                r = interpolate(c.x(), c.column(column), where);
            }
            return new double[] {where, r};
        }
        if (ratioNames.contains(column)) {
            return new double[] {Double.NaN, ratio(f.ratios().get(ratioNames.indexOf(column)),
                    c)};
        }
        return new double[] {Double.NaN, java.util.Arrays.stream(c.column(column))
                .filter(Double::isFinite).max().orElse(Double.NaN)};
    }

    /**
     * The output nearest {@code x0} on its side of {@code x = 0} (NaN if none): for a point
     * inside the crossing gap, the gap's edge.
     */
    static double nearestSameSide(double[] x, double x0) {
        double best = Double.NaN;
        for (double v : x) {
            if (v * x0 > 0 && (Double.isNaN(best) || Math.abs(v - x0) < Math.abs(best - x0))) {
                best = v;
            }
        }
        return best;
    }

    private static double ratio(FigureSpec.Ratio r, Curves c) {
        String name = r.perAtom() ? r.column() + "/N" : r.column();
        return interpolate(c.x(), c.column(name), r.at())
                / interpolate(c.x(), c.column(name), r.over());
    }

    /**
     * The series' curves at the figure's x values: {@code at}, or every output whose x no other
     * output repeats (a ramp's outputs inside its crossing gap all report the gap's edge, at
     * other times: docs/solvers/ghd.md; they are left out).
     */
    private static Curves curves(FigureSpec f, String label, EnsembleSum.Table t, Path file) {
        double[] all = column(t, f.x(), "figure.x", file);
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < all.length; k++) {
            int same = 0;
            for (double v : all) {
                same += v == all[k] ? 1 : 0;
            }
            if (same == 1) {
                keep.add(k);
            }
        }
        double[] x = pick(all, keep);
        double[] atoms = null;
        double[] xs = f.at().length > 0 ? f.at() : x;
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < f.panels().size(); i++) {
            FigureSpec.Panel p = f.panels().get(i);
            for (String col : p.columns()) {
                double[] y = pick(column(t, col, "figure.panels." + i + ".columns", file), keep);
                if (p.perAtom()) {
                    if (atoms == null) {
                        atoms = pick(column(t, "atom-number", "figure.panels." + i
                                + ".per_atom", file), keep);
                    }
                    for (int k = 0; k < y.length; k++) {
                        y[k] /= atoms[k];
                    }
                }
                if (names.contains(p.name(col))) {
                    continue;
                }
                names.add(p.name(col));
                double[] at = new double[xs.length];
                for (int k = 0; k < xs.length; k++) {
                    at[k] = interpolate(x, y, xs[k]);
                }
                values.add(at);
            }
        }
        return new Curves(label, xs.clone(), names, values);
    }

    private static double[] pick(double[] v, List<Integer> rows) {
        return rows.stream().mapToDouble(k -> v[k]).toArray();
    }

    /**
     * A curve for the plot, broken (a NaN point at x = 0) where x changes sign: the ramp
     * crosses c = 0 by a map, nothing lies between the two sides.
     */
    private static Plots.Series broken(String name, double[] x, double[] y) {
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < x.length; k++) {
            if (k > 0 && x[k] * x[k - 1] < 0) {
                pts.add(new double[] {0, Double.NaN});
            }
            pts.add(new double[] {x[k], y[k]});
        }
        return new Plots.Series(name, pts.stream().mapToDouble(q -> q[0]).toArray(),
                pts.stream().mapToDouble(q -> q[1]).toArray());
    }

    private static double[] column(EnsembleSum.Table t, String name, String field, Path file) {
        if (!t.header().contains(name)) {
            throw new InvalidInputException(field, "no column '" + name + "' in " + file
                    + "; its columns: " + String.join(", ", t.header()));
        }
        return t.column(name);
    }

    /**
     * {@code y} at {@code x0}, linear between the two outputs around it ({@code x} monotone,
     * either way); NaN outside the outputs' range and between two outputs on either side of
     * {@code x = 0}: a ramp crosses {@code c = 0} by a map, and its outputs inside the crossing
     * gap report the gap's edges (docs/solvers/ghd.md), so nothing lies between them. An
     * output within 1e-4 (relative, at least absolute) of {@code x0} is taken as at it: output
     * times in a descriptor are rounded (c̃ = -1.0000094 stands for -1).
     */
    static double interpolate(double[] x, double[] y, double x0) {
        int nearest = -1;
        for (int k = 0; k < x.length; k++) {
            if (Math.abs(x[k] - x0) <= 1e-4 * Math.max(1, Math.abs(x0)) && (nearest < 0
                    || Math.abs(x[k] - x0) < Math.abs(x[nearest] - x0))) {
                nearest = k;
            }
        }
        if (nearest >= 0) {
            return y[nearest];
        }
        for (int k = 0; k + 1 < x.length; k++) {
            double a = x[k];
            double b = x[k + 1];
            if ((a - x0) * (b - x0) < 0 && a * b > 0) {
                double s = (x0 - a) / (b - a);
                return y[k] + s * (y[k + 1] - y[k]);
            }
        }
        return Double.NaN;
    }
}
