package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.rapidity.framework.param.InvalidInputException;

/**
 * A later stage of a run ({@code "stages": [{"from": 200, "solver": {"name": "landau"}}]}): the
 * solver that takes over, from the density the previous stage reached at {@code from}.
 *
 * @param path descriptor path of the stage, e.g. {@code stages.0}
 * @param from the time the stage starts, in the model's time unit
 * @param solver the stage's solver and its parameters
 */
public record StageSpec(String path, double from, ComponentSpec solver) {

    /** {@code "stages": [{"from": t, "solver": {...}}, ...]}: the stages after the first. */
    static List<StageSpec> list(JsonNode node, boolean hasSolver) {
        List<StageSpec> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        String example = " e.g. [{\"from\": 200, \"solver\": {\"name\": \"landau\"}}]";
        if (!node.isArray() || node.isEmpty()) {
            throw new InvalidInputException("stages", "expected a list of the stages after the"
                    + " first (which is \"solver\")," + example);
        }
        if (!hasSolver) {
            throw new InvalidInputException("solver", "missing: the first stage's solver (stages"
                    + " lists the ones after it)");
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "stages." + i;
            JsonNode stage = node.get(i);
            if (!stage.isObject()) {
                throw new InvalidInputException(path, "expected an object," + example);
            }
            Iterator<String> keys = stage.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("from") && !key.equals("solver")) {
                    throw new InvalidInputException(path + "." + key, "unknown stage key;"
                            + " allowed: from, solver");
                }
            }
            JsonNode from = stage.get("from");
            if (from == null || !from.isNumber() || !Double.isFinite(from.asDouble())
                    || !(from.asDouble() > 0)) {
                throw new InvalidInputException(path + ".from", "missing or not a positive"
                        + " number: the time the stage takes over");
            }
            if (!stage.has("solver")) {
                throw new InvalidInputException(path + ".solver", "missing: the solver that"
                        + " takes over");
            }
            out.add(new StageSpec(path, from.asDouble(), DescriptorFields.component(
                    path + ".solver", stage.get("solver"))));
        }
        return out;
    }
}
