package org.rapidity.runner.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.runner.descriptor.Descriptor;
import org.rapidity.runner.descriptor.DescriptorReader;

/**
 * The descriptor's {@code figure} section: after the run (an ensemble's tube sum, or one run),
 * columns of {@code observables.csv} against one column ({@code x}, e.g. {@code c_tilde_per_um})
 * collected into {@code figure.csv} and drawn into {@code figure.png}, panel by panel, with the
 * paper's quoted points ({@code quoted}, a CSV beside the descriptor) drawn beside the curves
 * and compared in {@code quoted-vs-rapidity.csv}. {@code series} repeats the run with settings
 * (as {@code --set}) into sub-directories, one curve each (e.g. three Table S1 data sets);
 * {@code ratios} reports a column's value at one {@code x} over its value at another.
 * Which quantity a panel plots is its column names: a descriptor choice.
 *
 * @param x the column plotted along the horizontal axis
 * @param xLabel its axis label
 * @param at the x values the figure is taken at (interpolated linearly between outputs), or
 *     empty for every output
 * @param series the runs of the figure (one, unnamed, without {@code series})
 * @param quoted the quoted-points CSV, or null
 * @param panels the panels
 * @param ratios the ratios reported in {@code figure.json}
 * @param compareAlso for a quoted column, a second panel column reported beside it in
 *     {@code quoted-vs-rapidity.csv} (e.g. the paper's fitted release energy compared with
 *     {@code release-energy-1d-tof_Hz}, the asymptotic (S3) {@code release-energy-1d_Hz} beside
 *     it: their difference is part of the result)
 */
public record FigureSpec(String x, String xLabel, double[] at, List<Series> series, Path quoted,
        List<Panel> panels, List<Ratio> ratios, Map<String, String> compareAlso) {

    /** One run of the figure: its label, directory and settings. */
    public record Series(String label, String directory, Map<String, Object> settings) {
    }

    /**
     * One panel: the columns drawn, each divided by {@code atom-number} with {@code perAtom}.
     */
    public record Panel(String title, String yLabel, List<String> columns, boolean perAtom) {

        /** The name of a column of this panel in {@code figure.csv}. */
        String name(String column) {
            return perAtom ? column + "/N" : column;
        }
    }

    /**
     * {@code column(x = at) / column(x = over)} of every series, in {@code figure.json} under
     * its {@code name} (a quoted point of that name without x is compared with it).
     */
    public record Ratio(String name, String column, boolean perAtom, double at, double over) {
    }

    private static final Set<String> KEYS = Set.of("x", "x_label", "at", "series", "quoted",
            "panels", "ratios", "compare_also");

    /**
     * The figure of {@code d}, if it has one.
     *
     * @throws InvalidInputException naming the {@code figure} field that is wrong
     */
    public static Optional<FigureSpec> of(Descriptor d) {
        JsonNode f = d.resolved().path("figure");
        if (f.isMissingNode() || f.isNull()) {
            return Optional.empty();
        }
        if (!f.isObject()) {
            throw new InvalidInputException("figure", "expected an object with x and panels");
        }
        keys(f, "figure", KEYS);
        String x = text(f, "figure.x", true);
        String xLabel = f.has("x_label") ? text(f, "figure.x_label", true) : x;
        double[] at = f.has("at") ? numbers(f.get("at"), "figure.at") : new double[0];
        List<Series> series = new ArrayList<>();
        JsonNode s = f.path("series");
        if (!s.isMissingNode()) {
            if (!s.isArray() || s.isEmpty()) {
                throw new InvalidInputException("figure.series", "expected a list of"
                        + " {\"label\": ..., \"set\": {\"path\": value}}");
            }
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                String path = "figure.series." + i;
                keys(s.get(i), path, Set.of("label", "set"));
                String label = text(s.get(i), path + ".label", true);
                if (labels.contains(label)) {
                    throw new InvalidInputException(path + ".label", "'" + label + "' is given"
                            + " twice; series need distinct labels");
                }
                labels.add(label);
                Map<String, Object> set = new LinkedHashMap<>();
                JsonNode given = s.get(i).path("set");
                if (!given.isObject()) {
                    throw new InvalidInputException(path + ".set", "expected an object of"
                            + " descriptor paths and values, as for --set");
                }
                Iterator<Map.Entry<String, JsonNode>> it = given.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    set.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText()
                            : e.getValue());
                }
                series.add(new Series(label, "series-" + label.replaceAll("[^A-Za-z0-9._+-]",
                        "_"), set));
            }
        } else {
            series.add(new Series("", "", Map.of()));
        }
        Path quoted = null;
        if (f.has("quoted")) {
            Path base = d.source() == null ? Path.of(".") : d.source().toAbsolutePath()
                    .getParent();
            quoted = base.resolve(text(f, "figure.quoted", true));
        }
        List<Panel> panels = new ArrayList<>();
        JsonNode p = f.path("panels");
        if (!p.isArray() || p.isEmpty()) {
            throw new InvalidInputException("figure.panels", "missing: a list of panels,"
                    + " e.g. [{\"title\": \"release energies\", \"columns\":"
                    + " [\"release-energy-1d_Hz\"]}]");
        }
        for (int i = 0; i < p.size(); i++) {
            String path = "figure.panels." + i;
            keys(p.get(i), path, Set.of("title", "y_label", "columns", "per_atom"));
            JsonNode cols = p.get(i).path("columns");
            if (!cols.isArray() || cols.isEmpty()) {
                throw new InvalidInputException(path + ".columns", "missing: the columns of"
                        + " observables.csv drawn in this panel");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode c : cols) {
                if (!c.isTextual()) {
                    throw new InvalidInputException(path + ".columns", "expected column"
                            + " names, got " + c);
                }
                names.add(c.asText());
            }
            String title = p.get(i).has("title") ? text(p.get(i), path + ".title", true)
                    : names.get(0);
            String y = p.get(i).has("y_label") ? text(p.get(i), path + ".y_label", true) : title;
            panels.add(new Panel(title, y, names, flag(p.get(i), path + ".per_atom")));
        }
        List<Ratio> ratios = new ArrayList<>();
        JsonNode r = f.path("ratios");
        for (int i = 0; r.isArray() && i < r.size(); i++) {
            String path = "figure.ratios." + i;
            keys(r.get(i), path, Set.of("name", "column", "per_atom", "at", "over"));
            ratios.add(new Ratio(text(r.get(i), path + ".name", true),
                    text(r.get(i), path + ".column", true), flag(r.get(i), path
                    + ".per_atom"), number(r.get(i), path + ".at"), number(r.get(i), path
                    + ".over")));
        }
        if (!r.isMissingNode() && !r.isArray()) {
            throw new InvalidInputException("figure.ratios", "expected a list of {\"name\":"
                    + " ..., \"column\": ..., \"at\": x, \"over\": x}");
        }
        Map<String, String> also = new LinkedHashMap<>();
        JsonNode a = f.path("compare_also");
        if (!a.isMissingNode()) {
            if (!a.isObject()) {
                throw new InvalidInputException("figure.compare_also", "expected an object"
                        + " {\"quoted column\": \"column reported beside it\"}");
            }
            Iterator<Map.Entry<String, JsonNode>> it = a.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                also.put(e.getKey(), text(a, "figure.compare_also." + e.getKey(), true));
            }
        }
        return Optional.of(new FigureSpec(x, xLabel, at, List.copyOf(series), quoted,
                List.copyOf(panels), List.copyOf(ratios), Map.copyOf(also)));
    }

    /**
     * The descriptors of the series, each writing into its sub-directory ({@code d} alone
     * without series).
     */
    public List<Descriptor> runs(Descriptor d) {
        if (series.size() == 1 && series.get(0).directory().isEmpty()) {
            return List.of(d);
        }
        List<Descriptor> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            try {
                out.add(DescriptorReader.variant(d, series.get(i).settings(),
                        series.get(i).directory()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("figure.series." + i + ".set", e.getMessage());
            }
        }
        return out;
    }

    private static void keys(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object");
        }
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new InvalidInputException(path + "." + k, "unknown key; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode node, String path, boolean required) {
        JsonNode v = node.get(path.substring(path.lastIndexOf('.') + 1));
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new InvalidInputException(path, "missing or not a text");
        }
        return v.asText();
    }

    private static boolean flag(JsonNode node, String path) {
        JsonNode v = node.get(path.substring(path.lastIndexOf('.') + 1));
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new InvalidInputException(path, "expected true or false, got " + v);
        }
        return v.asBoolean();
    }

    private static double number(JsonNode node, String path) {
        JsonNode v = node.get(path.substring(path.lastIndexOf('.') + 1));
        if (v == null || !v.isNumber()) {
            throw new InvalidInputException(path, "missing or not a number");
        }
        return v.asDouble();
    }

    private static double[] numbers(JsonNode v, String path) {
        if (!v.isArray() || v.isEmpty()) {
            throw new InvalidInputException(path, "expected a list of numbers");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isNumber()) {
                throw new InvalidInputException(path, "expected numbers, got " + v.get(i));
            }
            out[i] = v.get(i).asDouble();
        }
        return out;
    }
}
