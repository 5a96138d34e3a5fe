package org.rapidity.framework.spi;

import java.util.List;
import java.util.Set;

/**
 * Base of a {@link SolverProvider} that declares, once, when it is built, what the runner asks of
 * a solver before building one: its name and description, the snapshot views its solvers emit
 * and the model traits they assume.
 */
public abstract class SolverProviderBase extends Described implements SolverProvider {

    private final List<Class<?>> views;
    private final Set<ModelTrait> requires;

    /**
     * @param name the solver's name
     * @param description one line saying what the solver solves
     * @param views the snapshot views its solvers emit ({@link #snapshotViews()})
     * @param requires the model traits its solvers assume ({@link #requires()})
     */
    protected SolverProviderBase(String name, String description, List<Class<?>> views,
            Set<ModelTrait> requires) {
        super(name, description);
        this.views = List.copyOf(views);
        this.requires = Set.copyOf(requires);
    }

    @Override
    public final List<Class<?>> snapshotViews() {
        return views;
    }

    @Override
    public final Set<ModelTrait> requires() {
        return requires;
    }
}
