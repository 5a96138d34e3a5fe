package org.rapidity.runner.descriptor;

import java.util.List;

/**
 * A parameter sweep: the run is repeated for each value of one descriptor field, e.g.
 * {@code {"parameter": "perturbations.0.V0", "values": [1, 2, 3]}}. Each run writes into its own
 * sub-directory {@code <parameter>=<value>}; the runner also writes combined tables and plots.
 *
 * @param parameter dotted descriptor path, as for {@code --set}
 * @param values the values (JSON text of each, as for {@code --set})
 */
public record SweepSpec(String parameter, List<String> values) {

    /** Defensive copy. */
    public SweepSpec {
        values = List.copyOf(values);
    }
}
