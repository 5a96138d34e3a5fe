package org.rapidity.framework.spi;

import java.util.Objects;

/**
 * Base of a {@link Named} component that states its name and description once, when it is
 * built, instead of in two methods: {@code super("two-lump", "two boosted thermal lumps …")}.
 */
public abstract class Described implements Named {

    private final String name;
    private final String description;

    /**
     * @param name stable short lower-case name ({@code [a-z][a-z0-9-]*})
     * @param description one line saying what the component is
     */
    protected Described(String name, String description) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }
}
