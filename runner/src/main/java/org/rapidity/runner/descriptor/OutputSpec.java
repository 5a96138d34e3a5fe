package org.rapidity.runner.descriptor;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;

/**
 * Where and how results are written.
 *
 * @param directory output directory (created if missing)
 * @param plots whether PNG plots are drawn
 * @param checkpointSeconds least wall-clock time between two checkpoints of a running solver
 * @param timeScale the plots show time in units of this (e.g. the range ξ of the potential)
 * @param timeLabel the label of the plots' time axis (e.g. {@code t/ξ})
 */
public record OutputSpec(Path directory, boolean plots, double checkpointSeconds,
        double timeScale, String timeLabel) {

    /** Plots against the model's time {@code t}. */
    public OutputSpec(Path directory, boolean plots, double checkpointSeconds) {
        this(directory, plots, checkpointSeconds, 1.0, "t");
    }

    /** The same settings in another directory. */
    public OutputSpec in(Path other) {
        return new OutputSpec(other, plots, checkpointSeconds, timeScale, timeLabel);
    }

    /**
     * The descriptor's {@code output} section ({@link DescriptorReader#OUTPUT}; absent: all
     * defaults), the directory by default {@code out/<descriptor file name without extension>}.
     */
    static OutputSpec read(Path source, JsonNode node) {
        Map<String, Object> raw = new LinkedHashMap<>();
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw new InvalidInputException("output", "expected an object like {\"dir\":"
                        + " \"out/run\"}");
            }
            node.fields().forEachRemaining(e -> raw.put(e.getKey(),
                    DescriptorFields.value("output." + e.getKey(), e.getValue())));
        }
        Parameters p = Parameters.validate("output", DescriptorReader.OUTPUT, raw);
        Path dir = p.has("dir") ? Path.of(p.text("dir")) : Path.of("out", stem(source));
        return new OutputSpec(dir, p.flag("plots"), p.real("checkpoint_seconds"),
                p.real("time_scale"), p.text("time_label"));
    }

    private static String stem(Path source) {
        String name = source.getFileName() == null ? "run" : source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
