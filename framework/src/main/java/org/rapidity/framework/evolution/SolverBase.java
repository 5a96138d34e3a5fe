package org.rapidity.framework.evolution;

import java.util.List;
import java.util.Objects;
import org.rapidity.framework.param.Parameters;

/**
 * Base of a solver on the evolution driver that states once, when it is built, what every solver
 * states: its name (its provider's), the validated parameters it was created with and the
 * snapshot views it emits. A subclass supplies the evolution ({@link #start}, {@link #restore})
 * and its checks.
 */
public abstract class SolverBase implements EvolvingSolver {

    /** The validated parameters this solver was created with ({@link #parameters()}). */
    protected final Parameters parameters;
    private final String name;
    private final List<Class<?>> views;

    /**
     * @param name the short lower-case name, its provider's
     * @param parameters the validated parameters
     * @param views the snapshot views it emits (e.g. {@code TbaState.class})
     */
    protected SolverBase(String name, Parameters parameters, List<Class<?>> views) {
        this.name = Objects.requireNonNull(name);
        this.parameters = Objects.requireNonNull(parameters);
        this.views = List.copyOf(views);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Parameters parameters() {
        return parameters;
    }

    @Override
    public final List<Class<?>> snapshotViews() {
        return views;
    }
}
