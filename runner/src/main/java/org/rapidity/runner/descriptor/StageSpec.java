package org.rapidity.runner.descriptor;

/**
 * A later stage of a run ({@code "stages": [{"from": 200, "solver": {"name": "landau"}}]}): the
 * solver that takes over, from the density the previous stage reached at {@code from}.
 *
 * @param path descriptor path of the stage, e.g. {@code stages.0}
 * @param from the time the stage starts, in the model's time unit
 * @param solver the stage's solver and its parameters
 */
public record StageSpec(String path, double from, ComponentSpec solver) {
}
