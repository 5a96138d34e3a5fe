package org.rapidity.runner.descriptor;

import org.rapidity.framework.tba.QuadratureGrid;

/**
 * The rapidity grid of a descriptor: {@code {"quadrature": "uniform", "min": -7, "max": 7,
 * "points": 100}}, the same for every species, and the tolerance of the resolution check.
 *
 * @param rule quadrature rule
 * @param min lower end of the rapidity interval
 * @param max upper end
 * @param points number of nodes per species
 * @param tolerance largest relative change of the state's densities allowed under doubling of
 *     the points
 */
public record GridSpec(QuadratureGrid.Rule rule, double min, double max, int points,
        double tolerance) {

    /** The quadrature grid. */
    public QuadratureGrid grid() {
        return QuadratureGrid.of(rule, min, max, points);
    }
}
