package org.rapidity.framework.spi;

/**
 * What acts on a problem from outside and may depend on time, as a descriptor component
 * ({@code "drives": [...]}), accepted by any solver able to use it (Orekit's force models and
 * parameter drivers): an {@link ExternalPotential} (a trap) or a {@link ParameterDrive} (a model
 * parameter driven by name, {@code c(t)}). A solver declares the kinds it accepts on its
 * provider ({@link SolverProvider#drives()}); others are refused before the run.
 */
public interface Drive {

    /** The name of the component that made it (e.g. {@code harmonic-trap}). */
    String name();
}
