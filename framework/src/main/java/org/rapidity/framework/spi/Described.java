package org.rapidity.framework.spi;

import java.util.List;
import java.util.Objects;
import org.rapidity.framework.param.ParameterSpec;

/**
 * Base of a {@link Named} component that states its metadata once, when it is built, instead of
 * in three methods: its name, its description and its table of parameters,
 * {@code super("two-lump", "two boosted thermal lumps …", ParameterSpec.real("beta", …), …)}.
 * A component whose table is assembled elsewhere (the solver providers, from their solvers'
 * shared lists) overrides {@link #parameters()} instead.
 */
public abstract class Described implements Named {

    private final String name;
    private final String description;
    private final List<ParameterSpec> parameters;

    /**
     * @param name stable short lower-case name ({@code [a-z][a-z0-9-]*})
     * @param description one line saying what the component is
     * @param parameters the parameters a descriptor may or must give, in the order listed
     */
    protected Described(String name, String description, ParameterSpec... parameters) {
        this(name, description, List.of(parameters));
    }

    /**
     * @param name stable short lower-case name ({@code [a-z][a-z0-9-]*})
     * @param description one line saying what the component is
     * @param parameters the parameters a descriptor may or must give (copied)
     */
    protected Described(String name, String description, List<ParameterSpec> parameters) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters;
    }
}
