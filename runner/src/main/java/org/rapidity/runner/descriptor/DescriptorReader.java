package org.rapidity.runner.descriptor;

import static org.rapidity.runner.descriptor.DescriptorFields.component;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;

/**
 * Reads a JSON run descriptor, applies {@code --set path=value} overrides to the JSON tree, and
 * checks its structure: known top-level keys, components with names, a well-formed grid. Errors
 * name the field (a dotted path) and what is allowed; malformed JSON is reported with its line
 * and column.
 */
public final class DescriptorReader {

    /** Top-level keys a descriptor may have. */
    public static final Set<String> KEYS = Set.of("description", "model", "state", "grid",
            "observables", "perturbations", "drives", "solver", "stages", "truncation", "times",
            "sweep", "ensemble", "figure", "output");

    /**
     * Parameters of the descriptor's {@code grid} section (and of each entry of
     * {@code grid.species}, without tolerance). Fields left out come from the model's default
     * grid; a model without one (rapidities on the whole line) needs min, max and points.
     */
    public static final List<ParameterSpec> GRID = List.of(
            ParameterSpec.text("quadrature", "quadrature rule (default: uniform when min and max"
                    + " are given, else the model's)").oneOf("gauss-legendre", "uniform",
                            "periodic"),
            ParameterSpec.real("min", "lower end of the rapidity interval (default: the"
                    + " model's)", "rapidity"),
            ParameterSpec.real("max", "upper end of the rapidity interval (default: the"
                    + " model's)", "rapidity"),
            ParameterSpec.integer("points", "nodes per species (default: the model's)")
                    .atLeast(4).atMost(20000),
            ParameterSpec.real("tolerance", "largest relative change of the state's densities"
                    + " under doubling of the points", "").above(0).atMost(1).withDefault(1e-6),
            ParameterSpec.text("species", "per-species grids, an object keyed by species label"
                    + " or 1-based index, e.g. {\"2\": {\"points\": 40}}"));

    /** Parameters of the descriptor's {@code output} section. */
    public static final List<ParameterSpec> OUTPUT = List.of(
            ParameterSpec.text("dir", "output directory (default out/<descriptor name>)"),
            ParameterSpec.flag("plots", "draw PNG plots").withDefault(true),
            ParameterSpec.real("checkpoint_seconds", "least wall-clock time between checkpoints"
                    + " of a running solver", "s").atLeast(0).withDefault(30.0),
            ParameterSpec.real("time_scale", "the plots show time in units of this (e.g. the"
                    + " range ξ of the potential)", "model time").above(0).withDefault(1.0),
            ParameterSpec.text("time_label", "label of the plots' time axis").withDefault("t"));

    /** Parameters of the descriptor's {@code times} section. */
    public static final List<ParameterSpec> TIMES = List.of(
            ParameterSpec.real("end", "end time", "model time").above(0),
            ParameterSpec.integer("outputs", "number of output times after t = 0").atLeast(1)
                    .atMost(1_000_000).withDefault(100),
            ParameterSpec.text("spacing", "spacing of the output times").oneOf("linear", "log")
                    .withDefault("linear"),
            ParameterSpec.real("first", "first output time after 0 (log spacing)", "model time")
                    .above(0),
            ParameterSpec.reals("at", "explicit output times (instead of end/outputs)",
                    "model time").atLeast(0));

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private DescriptorReader() {
    }

    /**
     * Reads and checks a descriptor file.
     *
     * @param file the JSON file
     * @param overrides {@code path=value} strings; the value is JSON if it parses as JSON, a
     *     string otherwise
     * @throws InvalidInputException for a missing file, malformed JSON or a structural error
     */
    public static Descriptor read(Path file, List<String> overrides) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("", "descriptor file '" + file + "' not found");
        } catch (IOException e) {
            throw new InvalidInputException("", "cannot read descriptor '" + file + "': "
                    + e.getMessage());
        }
        return parse(file, text, overrides);
    }

    /** Parses descriptor text (see {@link #read}). */
    public static Descriptor parse(Path source, String text, List<String> overrides) {
        JsonNode root = readOneValue(source, text);
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("", source + ": a descriptor is a JSON object"
                    + " ({\"model\": …, \"state\": …, \"grid\": …})");
        }
        ObjectNode tree = (ObjectNode) root;
        for (String o : overrides) {
            Overrides.apply(tree, o);
        }
        return structure(source, tree);
    }

    /**
     * Exactly one JSON value: text after it (a second object, stray characters) is refused with
     * its position, so that a file that was concatenated or edited badly never runs half-read.
     */
    private static JsonNode readOneValue(Path source, String text) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            JsonToken next;
            JsonLocation end;
            try {
                next = parser.nextToken();
                end = parser.currentTokenLocation();
            } catch (JsonProcessingException e) {
                next = JsonToken.NOT_AVAILABLE;
                end = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
            }
            if (next != null) {
                throw new InvalidInputException("", source + ": malformed JSON at line "
                        + end.getLineNr() + ", column " + end.getColumnNr() + ": text after the"
                        + " descriptor's JSON value (a descriptor is one JSON object and nothing"
                        + " after it)");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr();
            throw new InvalidInputException("", source + ": malformed JSON" + where + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidInputException("", source + ": cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Descriptor structure(Path source, ObjectNode tree) {
        Iterator<String> names = tree.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                throw new InvalidInputException(key, "unknown descriptor key; allowed: "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        ComponentSpec model = component("model", require(tree, "model"));
        ComponentSpec state = component("state", require(tree, "state"));
        GridSpec grid = tree.get("grid") == null || tree.get("grid").isNull()
                ? new GridSpec(null, Double.NaN, Double.NaN, 0, 1e-6)
                : GridSpec.read(tree.get("grid"));
        List<ComponentSpec> observables = list(tree, "observables");
        List<ComponentSpec> perturbations = list(tree, "perturbations");
        List<ComponentSpec> drives = list(tree, "drives");
        Optional<ComponentSpec> solver = tree.has("solver")
                ? Optional.of(component("solver", tree.get("solver"))) : Optional.empty();
        List<StageSpec> stages = StageSpec.list(tree.get("stages"), solver.isPresent());
        Optional<ComponentSpec> truncation = tree.has("truncation")
                ? Optional.of(component("truncation", tree.get("truncation")))
                : Optional.empty();
        Optional<TimesSpec> times = tree.has("times")
                ? Optional.of(TimesSpec.read(tree.get("times"))) : Optional.empty();
        Optional<SweepSpec> sweep = tree.has("sweep")
                ? Optional.of(SweepSpec.read(tree.get("sweep"))) : Optional.empty();
        OutputSpec output = OutputSpec.read(source, tree.get("output"));
        if (tree.has("figure") && sweep.isPresent()) {
            throw new InvalidInputException("figure", "a figure collects one run's (or its"
                    + " figure.series') observables and cannot be combined with a sweep; list the"
                    + " variants as figure.series instead");
        }
        if (tree.has("ensemble")) {
            ensemble(tree);
            if (sweep.isPresent()) {
                throw new InvalidInputException("ensemble", "a run with an ensemble cannot also"
                        + " have a sweep (not supported yet); sweep by hand, one run per value"
                        + " with --set");
            }
        }
        return new Descriptor(source, model, state, grid, observables, perturbations, drives,
                solver, stages, truncation, times, sweep, output, tree.deepCopy());
    }

    private static JsonNode require(ObjectNode tree, String key) {
        JsonNode n = tree.get(key);
        if (n == null || n.isNull()) {
            throw new InvalidInputException(key, "missing; a descriptor needs model and state (and"
                    + " a grid unless the model has default grids)");
        }
        return n;
    }

    private static List<ComponentSpec> list(ObjectNode tree, String key) {
        JsonNode n = tree.get(key);
        List<ComponentSpec> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            out.add(component(key + ".0", n));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            out.add(component(key + "." + i, n.get(i)));
        }
        return out;
    }

    /**
     * The descriptor's {@code ensemble} section (e.g. {@code {"name": "tube-lattice",
     * "data_set": "fig3-20nK", "bins": 4}}), if it has one.
     */
    public static Optional<ComponentSpec> ensemble(Descriptor d) {
        return d.resolved().isObject() && d.resolved().has("ensemble")
                ? Optional.of(ensemble((ObjectNode) d.resolved())) : Optional.empty();
    }

    private static ComponentSpec ensemble(ObjectNode tree) {
        return component("ensemble", tree.get("ensemble"));
    }

    /**
     * The member runs of an ensemble: for each member its settings applied as by {@code --set}
     * (path to value) to the descriptor without its {@code ensemble} section, written into the
     * sub-directory {@code directories.get(i)} of the output directory.
     */
    public static List<Descriptor> members(Descriptor d, List<Map<String, Object>> settings,
            List<String> directories) {
        List<Descriptor> out = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            out.add(variant(d, settings.get(i), directories.get(i), "ensemble"));
        }
        return out;
    }

    /**
     * {@code d} with {@code settings} (path to value) applied as by {@code --set}, its
     * {@code figure} and the listed sections removed, writing into the sub-directory
     * {@code directory} of its output directory (a member of an ensemble, a series of a
     * figure).
     */
    public static Descriptor variant(Descriptor d, Map<String, Object> settings,
            String directory, String... removed) {
        ObjectNode tree = (ObjectNode) d.resolved().deepCopy();
        tree.remove("figure");
        for (String r : removed) {
            tree.remove(r);
        }
        for (Map.Entry<String, Object> s : settings.entrySet()) {
            Object v = s.getValue();
            Overrides.apply(tree, s.getKey() + "=" + (v instanceof String ? (String) v
                    : MAPPER.valueToTree(v).toString()));
        }
        Descriptor one = structure(d.source(), tree);
        return one.withOutput(d.output().in(d.output().directory().resolve(directory)));
    }

    /**
     * The descriptors of a sweep: one per value, with the swept field set as by {@code --set}
     * and {@code sweep} removed; a descriptor without a sweep gives a list of itself.
     */
    public static List<Descriptor> expand(Descriptor d) {
        if (d.sweep().isEmpty()) {
            return List.of(d);
        }
        SweepSpec s = d.sweep().get();
        List<Descriptor> out = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : s.values()) {
            String name = memberDirectory(s.parameter(), value);
            String clash = names.put(name, value);
            if (clash != null) {
                throw new InvalidInputException("sweep.values", "'" + clash + "' and '" + value
                        + "' would share the directory " + name + "; give distinct values");
            }
        }
        for (String value : s.values()) {
            ObjectNode tree = (ObjectNode) d.resolved().deepCopy();
            tree.remove("sweep");
            Overrides.apply(tree, s.parameter() + "=" + value);
            Descriptor one = structure(d.source(), tree);
            out.add(one.withOutput(d.output().in(d.output().directory().resolve(
                    memberDirectory(s.parameter(), value)))));
        }
        return out;
    }

    /**
     * The directory name of one sweep member, {@code <parameter>=<value>}, with every character
     * other than letters, digits and {@code . _ + - =} replaced by {@code _}: one path segment
     * inside the output directory whatever the value ({@code ../x} becomes {@code .._x}).
     */
    public static String memberDirectory(String parameter, String value) {
        String name = (parameter + "=" + value).replaceAll("[^A-Za-z0-9._+=-]", "_");
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
