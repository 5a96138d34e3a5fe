package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;

/**
 * A parameter sweep: the run is repeated for each value of one descriptor field, e.g.
 * {@code {"parameter": "perturbations.0.V0", "values": [1, 2, 3]}}. Each run writes into its own
 * sub-directory {@code <parameter>=<value>}; the runner also writes combined tables and plots.
 *
 * @param parameter dotted descriptor path, as for {@code --set}
 * @param values the values (JSON text of each, as for {@code --set})
 */
public record SweepSpec(String parameter, List<String> values) {

    /** Defensive copy. */
    public SweepSpec {
        values = List.copyOf(values);
    }

    /** The descriptor's {@code sweep} section: the swept field and its values. */
    static SweepSpec read(JsonNode node) {
        if (!node.isObject() || !node.has("parameter") || !node.get("parameter").isTextual()
                || !node.has("values") || !node.get("values").isArray()
                || node.get("values").isEmpty() || node.size() != 2) {
            throw new InvalidInputException("sweep", "expected {\"parameter\":"
                    + " \"perturbations.0.V0\", \"values\": [1, 2, 3]}");
        }
        String parameter = node.get("parameter").asText();
        if (parameter.startsWith("sweep") || parameter.startsWith("output")) {
            throw new InvalidInputException("sweep.parameter", "cannot sweep '" + parameter
                    + "'");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : node.get("values")) {
            values.add(v.isTextual() ? v.asText() : v.toString());
        }
        return new SweepSpec(parameter, values);
    }
}
