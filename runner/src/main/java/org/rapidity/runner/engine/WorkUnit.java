package org.rapidity.runner.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One independent piece of a job, described by what is needed to run it anywhere: its index in
 * the job, its label (e.g. {@code V0=4} for a sweep member), the directory its files go to
 * (relative to the job's output directory; empty for a job of one unit) and its resolved
 * descriptor, the JSON that {@code run.json} records.
 *
 * @param index position in the job, from 0
 * @param count units in the job
 * @param label what the unit is, for messages ({@code sweep value 4}); empty for a job of one
 * @param directory its output directory relative to the job's, {@code ""} for the job's own
 * @param source the descriptor file it came from (default output names derive from it)
 * @param descriptor the unit's resolved descriptor (sweep expanded, overrides applied)
 * @param plugins the plugin folder the driver used, {@code null} for none
 * @param plots whether PNG plots are drawn ({@code --no-plots} clears it)
 */
public record WorkUnit(int index, int count, String label, String directory, String source,
        JsonNode descriptor, String plugins, boolean plots) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** {@code unit 3 of 6 (sweep value 4)}: how messages name the unit. */
    public String name() {
        return "unit " + (index + 1) + " of " + count + (label.isEmpty() ? "" : " (" + label
                + ")");
    }

    /** The unit as one line of JSON: what a remote engine ships to its workers. */
    public String toJson() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("index", index);
        o.put("count", count);
        o.put("label", label);
        o.put("directory", directory);
        o.put("source", source);
        o.set("descriptor", descriptor);
        if (plugins != null) {
            o.put("plugins", plugins);
        }
        o.put("plots", plots);
        return o.toString();
    }

    /** The unit of {@link #toJson()}. */
    public static WorkUnit fromJson(String json) {
        try {
            JsonNode o = MAPPER.readTree(json);
            return new WorkUnit(o.get("index").asInt(), o.get("count").asInt(),
                    o.get("label").asText(), o.get("directory").asText(),
                    o.get("source").asText(), o.get("descriptor"),
                    o.hasNonNull("plugins") ? o.get("plugins").asText() : null,
                    o.get("plots").asBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException("malformed work unit", e);
        }
    }
}
