package org.rapidity.framework.evolution;

import java.util.Objects;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.SolverProvider;

/**
 * Base of a solver on the evolution driver that states once, when it is built, what every solver
 * states: its provider (the one source of its name and snapshot views) and the validated
 * parameters it was created with. A subclass supplies the evolution ({@link #start},
 * {@link #restore}) and its checks.
 */
public abstract class SolverBase implements EvolvingSolver {

    /** The validated parameters this solver was created with ({@link #parameters()}). */
    protected final Parameters parameters;
    private final SolverProvider provider;

    /**
     * @param provider its provider
     * @param parameters the validated parameters
     */
    protected SolverBase(SolverProvider provider, Parameters parameters) {
        this.provider = Objects.requireNonNull(provider);
        this.parameters = Objects.requireNonNull(parameters);
    }

    @Override
    public final SolverProvider provider() {
        return provider;
    }

    @Override
    public final Parameters parameters() {
        return parameters;
    }
}
