package org.rapidity.framework.spi;

import java.util.List;
import org.rapidity.framework.param.ParameterSpec;

/**
 * A discoverable component: every SPI provider (model, perturbation, initial state, observable,
 * solver, truncation) has a stable short lower-case name ({@code [a-z][a-z0-9-]*}) by which
 * descriptors select it, a one-line description and its parameter declarations, which
 * {@code rapidity list} prints and descriptors are validated against.
 */
public interface Named {

    /** Stable short lower-case name, e.g. {@code hardrods}, {@code two-lump}, {@code landau}. */
    String name();

    /** One line saying what the component is, citing the paper's equation where there is one. */
    String description();

    /** The parameters a descriptor may or must give (none by default). */
    default List<ParameterSpec> parameters() {
        return List.of();
    }
}
