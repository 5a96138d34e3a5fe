package org.rapidity.framework.states;

import java.util.List;
import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * {@code bipartition}: the partitioning protocol, two homogeneous states (any of the model's,
 * or the {@code vacuum}) joined at {@code x = at} ({@link Bipartition}). In a descriptor:
 * {@code {"name": "bipartition", "left": {"name": "thermal", ...}, "right": {"name": "vacuum"},
 * "at": 0}}.
 */
public final class BipartitionStateProvider extends ProfileStateProvider {

    /** The provider. */
    public BipartitionStateProvider() {
        super("bipartition",
                "partitioning protocol: homogeneous states 'left' (x < at) and 'right' (x > at),"
                        + " each a state component of the model (e.g. {\"name\": \"thermal\", ...}"
                        + " or {\"name\": \"vacuum\"}); varies in x (solvers: ghd)",
                ParameterSpec.real("at", "position of the junction", "length")
                        .withDefault(0.0));
    }

    @Override
    public List<String> parts() {
        return List.of("left", "right");
    }

    @Override
    public InhomogeneousState createInhomogeneous(ModeSpace space, Parameters parameters,
            Map<String, TbaState> parts) {
        for (String side : parts()) {
            if (!parts.containsKey(side)) {
                throw new InvalidInputException(parameters.path() + "." + side, "missing: a"
                        + " bipartition needs a left and a right state (e.g. {\"name\":"
                        + " \"vacuum\"})");
            }
        }
        return new Bipartition(parts.get("left"), parts.get("right"), parameters.real("at"),
                parameters.path());
    }
}
