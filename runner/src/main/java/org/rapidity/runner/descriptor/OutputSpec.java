package org.rapidity.runner.descriptor;

import java.nio.file.Path;

/**
 * Where and how results are written.
 *
 * @param directory output directory (created if missing)
 * @param plots whether PNG plots are drawn
 * @param checkpointSeconds least wall-clock time between two checkpoints of a running solver
 */
public record OutputSpec(Path directory, boolean plots, double checkpointSeconds) {
}
