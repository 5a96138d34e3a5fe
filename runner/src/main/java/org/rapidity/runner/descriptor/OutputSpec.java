package org.rapidity.runner.descriptor;

import java.nio.file.Path;

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
}
