package org.rapidity.runner.run;

import java.io.PrintStream;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.ModelProvider;
import org.rapidity.framework.spi.Problem;
import org.rapidity.framework.spi.ResourceEstimate;
import org.rapidity.framework.spi.Solver;
import org.rapidity.framework.tba.TbaCost;
import org.rapidity.runner.descriptor.ComponentSpec;
import org.rapidity.runner.descriptor.Descriptor;

/**
 * Memory checks before any work: the TBA core from the descriptor alone (the model's species
 * and the grid's points; nothing is built), and the solver's {@link Solver#estimate} once the
 * problem is wired. A request that cannot fit is refused in well under a second, naming what
 * was asked, what it needs, what the JVM has and which parameter to lower.
 */
public final class Resources {

    private Resources() {
    }

    /** The JVM's heap limit; a system property may lower it (for tests of the refusal). */
    static long maxMemory() {
        String cap = System.getProperty("rapidity.max-memory");
        long max = Runtime.getRuntime().maxMemory();
        if (cap != null) {
            try {
                return Math.min(max, Long.parseLong(cap));
            } catch (NumberFormatException e) {
                return max;
            }
        }
        return max;
    }

    /** The TBA core's estimate for the descriptor's model and grid. */
    public static ResourceEstimate tba(Descriptor d, Registry registry) {
        ComponentSpec spec = d.model();
        ModelProvider provider = registry.models().get("model.name", spec.name());
        IntegrableModel model = provider.create(Parameters.validate("model",
                provider.parameters(), spec.parameters()));
        return TbaCost.of(model, d.grid().pointsOr(model.defaultGrid(0)
                .map(g -> g.size()).orElse(0)));
    }

    /** Refuses a descriptor whose TBA state does not fit in memory. */
    public static void checkTba(Descriptor d, Registry registry) {
        refuse(tba(d, registry), "grid.points", null);
    }

    /**
     * Refuses a problem the solver cannot fit in memory; prints a note to {@code notes} (may be
     * null) when the estimate says the run will be long.
     */
    public static void checkSolver(Solver solver, Problem problem, PrintStream notes) {
        refuse(solver.estimate(problem), "solver", notes);
    }

    private static void refuse(ResourceEstimate e, String fallbackField, PrintStream notes) {
        if (notes != null) {
            e.note().ifPresent(n -> notes.println("note: " + n));
        }
        Optional<String> why = e.refusal(maxMemory());
        if (why.isPresent()) {
            String field = e.parameter().isEmpty() ? fallbackField
                    : e.parameter().split(" ")[0];
            throw new InvalidInputException(field, why.get());
        }
    }
}
