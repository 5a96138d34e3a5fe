package org.rapidity.framework.spi;

/**
 * A static external potential {@code V(x)} acting on every particle (a trap), in the model's
 * energy unit as a function of position in its length unit. The force on a quasiparticle follows
 * from {@code −V'(x) h_0} (the strings paper's (S9)).
 */
public interface ExternalPotential extends Drive {

    /** {@code V(x)}, model energy unit, {@code x} in the model's length unit. */
    double potential(double x);

    /** {@code V'(x)}, model energy per length. */
    double gradient(double x);
}
