package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;

/**
 * The values of a descriptor's JSON tree as the parameters of its sections and components see
 * them: numbers, strings, booleans and lists, components (a name, or an object with a name and
 * parameters); a wrong shape is refused naming the field's dotted path.
 */
final class DescriptorFields {

    private DescriptorFields() {
    }

    /** A component: a name string, or an object with "name" and parameters. */
    static ComponentSpec component(String path, JsonNode node) {
        if (node.isTextual()) {
            return new ComponentSpec(path, node.asText(), Map.of());
        }
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object with a \"name\" (or just"
                    + " a name), got " + node.getNodeType().toString().toLowerCase());
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual()) {
            throw new InvalidInputException(path + ".name", "missing: every component needs a"
                    + " \"name\"");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("name")) {
                params.put(e.getKey(), value(path + "." + e.getKey(), e.getValue()));
            }
        }
        return new ComponentSpec(path, name.asText(), params);
    }

    /** A parameter value: a number, string, boolean or list (a nested component in a state). */
    static Object value(String path, JsonNode v) {
        if (v.isNumber()) {
            return v.numberValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                items.add(value(path + "." + i, v.get(i)));
            }
            return items;
        }
        if (v.isObject() && path.startsWith("state.") && path.indexOf('.', 6) < 0) {
            // a state made of states (the sides of a bipartition): a nested component
            return component(path, v);
        }
        if (v.isNull()) {
            throw new InvalidInputException(path, "null is not a value; leave the key out to use"
                    + " the default");
        }
        throw new InvalidInputException(path, "expected a number, string, boolean or list");
    }

    /** The fields of an object section as parameter values; {@code example} shows its form. */
    static Map<String, Object> fields(String path, JsonNode node, String example) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected an object like " + example);
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> raw.put(e.getKey(), value(path + "." + e.getKey(),
                e.getValue())));
        return raw;
    }
}
