package org.rapidity.framework.bench;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/**
 * The problems a {@link org.rapidity.framework.spi.Benchmark} times, built by name from the
 * registry of the plugins found, exactly as a descriptor would build them (validated
 * parameters), so that a benchmark never depends on a model's classes.
 */
public final class BenchSetup {

    private BenchSetup() {
    }

    /**
     * The model {@code name} with the given parameters, or empty (after a line on {@code out})
     * when no plugin provides it.
     */
    public static Optional<IntegrableModel> model(Registry registry, String name,
            Map<String, ?> parameters, PrintStream out) {
        if (!registry.models().contains(name)) {
            out.println("  (" + name + " not found)");
            return Optional.empty();
        }
        ModelProvider mp = registry.models().get("model.name", name);
        return Optional.of(mp.create(Parameters.validate("model", mp.parameters(), parameters)));
    }

    /** The initial state {@code name} on {@code space} with the given parameters. */
    public static TbaState state(Registry registry, String name, ModeSpace space,
            Map<String, ?> parameters) {
        InitialStateProvider sp = registry.states().get("state.name", name);
        return sp.create(space, Parameters.validate("state", sp.parameters(), parameters));
    }

    /**
     * The hard rods of the gBBGKY paper's Fig. 6 ({@code a = 1}), or empty (after a line on
     * {@code out}) when no plugin provides them.
     */
    public static Optional<IntegrableModel> fig6Rods(Registry registry, PrintStream out) {
        return model(registry, "hardrods", Map.of("a", 1.0), out);
    }

    /** The Fig. 6 two-lump state: {@code β = 2.5}, {@code θ0 = ±1}, {@code ρ̄ = 0.2}. */
    public static final Map<String, Double> FIG6_LUMPS = Map.of("beta", 2.5, "theta0", 1.0,
            "density", 0.2);

    /**
     * The Fig. 6 two-lump state ({@link #FIG6_LUMPS}) of {@code rods} on {@code points} uniform
     * nodes of the rapidity interval {@code [-7, 7]}.
     */
    public static TbaState fig6State(Registry registry, IntegrableModel rods, int points) {
        ModeSpace space = ModeSpace.of(rods, QuadratureGrid.uniform(-7, 7, points));
        return state(registry, "two-lump", space, FIG6_LUMPS);
    }
}
