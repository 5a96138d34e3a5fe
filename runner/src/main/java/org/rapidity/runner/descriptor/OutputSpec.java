package org.rapidity.runner.descriptor;

import java.nio.file.Path;

/**
 * Where and how results are written.
 *
 * @param directory output directory (created if missing)
 * @param plots whether PNG plots are drawn
 */
public record OutputSpec(Path directory, boolean plots) {
}
