package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapidity.framework.param.InvalidInputException;

/**
 * {@code --set path=value} on a descriptor's JSON tree: the dotted path ({@code
 * perturbations.0.V0}, a number a list index) of {@code --set}, sweeps and ensemble members.
 */
final class Overrides {

    private Overrides() {
    }

    /** Applies one {@code path=value} override to the tree, creating objects on the way. */
    static void apply(ObjectNode root, String override) {
        int eq = override.indexOf('=');
        if (eq <= 0) {
            throw new InvalidInputException("--set", "expected path=value, got '" + override
                    + "'");
        }
        String path = override.substring(0, eq).trim();
        String raw = override.substring(eq + 1);
        JsonNode value;
        try {
            // a value that is not one whole JSON value ("-0.038 1/um") is text
            value = DescriptorReader.MAPPER.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(raw);
            if (value == null || value.isMissingNode()) {
                value = JsonNodeFactory.instance.textNode(raw);
            }
        } catch (JsonProcessingException e) {
            value = JsonNodeFactory.instance.textNode(raw);
        }
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String key = parts[i];
            JsonNode next = child(node, key, path);
            if (next == null || next.isNull()) {
                if (!(node instanceof ObjectNode)) {
                    throw new InvalidInputException(path, "cannot set a field below a list");
                }
                next = ((ObjectNode) node).putObject(key);
            } else if (next.isTextual() && i == 0) {
                // "model": "hardrods" becomes {"name": "hardrods"} so that fields can be added
                ObjectNode obj = JsonNodeFactory.instance.objectNode();
                obj.set("name", next);
                ((ObjectNode) node).set(key, obj);
                next = obj;
            }
            if (!next.isContainerNode()) {
                throw new InvalidInputException(path, "'" + key + "' is a value, not an object");
            }
            node = next;
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode) {
            ((ObjectNode) node).set(last, value);
        } else {
            int index = index(last, path);
            ArrayNode arr = (ArrayNode) node;
            if (index >= arr.size()) {
                throw new InvalidInputException(path, "index " + index + " beyond the list of "
                        + arr.size());
            }
            arr.set(index, value);
        }
    }

    private static JsonNode child(JsonNode node, String key, String path) {
        if (node.isArray()) {
            return node.get(index(key, path));
        }
        return node.get(key);
    }

    private static int index(String key, String path) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(path, "'" + key + "' is not a list index");
        }
    }
}
