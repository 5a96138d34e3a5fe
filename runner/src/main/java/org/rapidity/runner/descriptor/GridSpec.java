package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The rapidity grids of a descriptor: {@code {"quadrature": "uniform", "min": -7, "max": 7,
 * "points": 100}} for every species, any field of which may be left out to take it from the
 * model's default grid ({@link IntegrableModel#defaultGrid}: a lattice model's Brillouin zone),
 * and per-species overrides {@code "species": {"2": {"points": 40}}} keyed by the species label
 * (or its 1-based index). The section may be left out altogether for a model with default grids.
 *
 * @param rule quadrature rule, or null for the model's (uniform when min and max are given)
 * @param min lower end of the rapidity interval, NaN for the model's
 * @param max upper end, NaN for the model's
 * @param points number of nodes per species, 0 for the model's
 * @param tolerance largest relative change of the state's densities allowed under doubling of
 *     the points
 * @param species per-species overrides by label, each a grid without tolerance and species
 */
public record GridSpec(QuadratureGrid.Rule rule, double min, double max, int points,
        double tolerance, Map<String, GridSpec> species) {

    /** A grid for every species, no overrides (the form before per-species grids). */
    public GridSpec(QuadratureGrid.Rule rule, double min, double max, int points,
            double tolerance) {
        this(rule, min, max, points, tolerance, Map.of());
    }

    /**
     * The quadrature grid when the descriptor gives it in full (every field explicit, no
     * overrides).
     *
     * @throws InvalidInputException naming {@code grid.min} when a field is left to the model
     */
    public QuadratureGrid grid() {
        if (Double.isNaN(min) || Double.isNaN(max) || points == 0) {
            throw new InvalidInputException(Double.isNaN(min) ? "grid.min" : Double.isNaN(max)
                    ? "grid.max" : "grid.points", "missing, and no model is known here to take"
                            + " it from");
        }
        return QuadratureGrid.of(rule == null ? QuadratureGrid.Rule.UNIFORM : rule, min, max,
                points);
    }

    /**
     * The grid of every species of {@code model}: the descriptor's fields, then the species'
     * override, then the model's default grid for what is still missing.
     *
     * @throws InvalidInputException naming the field when neither gives it, or an override
     *     names no species of the model
     */
    public List<QuadratureGrid> grids(IntegrableModel model) {
        List<String> labels = new ArrayList<>();
        for (int a = 0; a < model.speciesCount(); a++) {
            labels.add(model.speciesLabel(a));
        }
        for (String key : species.keySet()) {
            if (index(key, labels, model.speciesCount()) < 0) {
                throw new InvalidInputException("grid.species." + key, "model " + model.name()
                        + " has no species '" + key + "'; its species: " + String.join(", ",
                                labels.stream().map(l -> l.isEmpty() ? "1" : l).toList()));
            }
        }
        List<QuadratureGrid> out = new ArrayList<>();
        for (int a = 0; a < model.speciesCount(); a++) {
            GridSpec own = null;
            for (Map.Entry<String, GridSpec> e : species.entrySet()) {
                if (index(e.getKey(), labels, model.speciesCount()) == a) {
                    own = e.getValue();
                }
            }
            out.add(resolve(own, model.defaultGrid(a), model.name(), a, own == null ? "grid"
                    : "grid.species." + labelOf(labels, a)));
        }
        return out;
    }

    private QuadratureGrid resolve(GridSpec own, Optional<QuadratureGrid> fallback, String model,
            int species, String path) {
        QuadratureGrid.Rule r = own != null && own.rule != null ? own.rule : rule;
        double lo = own != null && !Double.isNaN(own.min) ? own.min : min;
        double hi = own != null && !Double.isNaN(own.max) ? own.max : max;
        int n = own != null && own.points != 0 ? own.points : points;
        if (Double.isNaN(lo) || Double.isNaN(hi) || n == 0) {
            if (fallback.isEmpty()) {
                String field = Double.isNaN(lo) ? "min" : Double.isNaN(hi) ? "max" : "points";
                throw new InvalidInputException(path + "." + field, "missing: model " + model
                        + " has no default grid for species " + (species + 1) + " (its"
                        + " rapidities live on the whole line); give grid.min, grid.max and"
                        + " grid.points");
            }
            QuadratureGrid d = fallback.get();
            lo = Double.isNaN(lo) ? d.min() : lo;
            hi = Double.isNaN(hi) ? d.max() : hi;
            n = n == 0 ? d.size() : n;
            r = r == null ? d.rule() : r;
        }
        if (!(hi > lo)) {
            throw new InvalidInputException(path + ".max", "must be greater than min (" + lo
                    + "), got " + hi);
        }
        return QuadratureGrid.of(r == null ? QuadratureGrid.Rule.UNIFORM : r, lo, hi, n);
    }

    private static int index(String key, List<String> labels, int count) {
        int i = labels.indexOf(key);
        if (i >= 0) {
            return i;
        }
        try {
            int k = Integer.parseInt(key);
            return k >= 1 && k <= count ? k - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String labelOf(List<String> labels, int a) {
        return labels.get(a).isEmpty() ? Integer.toString(a + 1) : labels.get(a);
    }

    /** Points per species for estimates: the largest given, or {@code fallback}. */
    public int pointsOr(int fallback) {
        int n = points;
        for (GridSpec s : species.values()) {
            n = Math.max(n, s.points);
        }
        return n == 0 ? fallback : n;
    }

    /** The descriptor's {@code grid} section ({@link DescriptorReader#GRID}). */
    static GridSpec read(JsonNode node) {
        return read("grid", node, true);
    }

    private static GridSpec read(String path, JsonNode node, boolean top) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object like {\"quadrature\":"
                    + " \"uniform\", \"min\": -7, \"max\": 7, \"points\": 100}");
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        Map<String, GridSpec> species = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (top && e.getKey().equals("species")) {
                if (!e.getValue().isObject()) {
                    throw new InvalidInputException("grid.species", "expected an object keyed"
                            + " by species, e.g. {\"2\": {\"points\": 40}}");
                }
                e.getValue().fields().forEachRemaining(f -> species.put(f.getKey(),
                        read("grid.species." + f.getKey(), f.getValue(), false)));
            } else if (!top && (e.getKey().equals("species") || e.getKey().equals("tolerance"))) {
                throw new InvalidInputException(path + "." + e.getKey(), "only in the grid"
                        + " section itself; a species' grid has quadrature, min, max, points");
            } else {
                raw.put(e.getKey(), DescriptorFields.value(path + "." + e.getKey(), e.getValue()));
            }
        }
        Parameters p = Parameters.validate(path, DescriptorReader.GRID, raw);
        double min = p.has("min") ? p.real("min") : Double.NaN;
        double max = p.has("max") ? p.real("max") : Double.NaN;
        if (p.has("min") && p.has("max") && !(max > min)) {
            throw new InvalidInputException(path + ".max", "must be greater than " + path
                    + ".min (" + Parameters.format(min) + "), got " + Parameters.format(max));
        }
        QuadratureGrid.Rule rule = p.has("quadrature")
                ? QuadratureGrid.Rule.parse(path + ".quadrature", p.text("quadrature"))
                : p.has("min") && p.has("max") ? QuadratureGrid.Rule.UNIFORM : null;
        return new GridSpec(rule, min, max, p.has("points") ? p.integer("points") : 0,
                p.real("tolerance"), species);
    }
}
