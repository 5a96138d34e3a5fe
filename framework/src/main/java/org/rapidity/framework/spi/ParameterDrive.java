package org.rapidity.framework.spi;

/**
 * A model parameter driven in time by name ({@code model.c(t)}; an XXZ anisotropy or a Hubbard
 * {@code U} the same way): {@code p(t) = p(0) + rate·min(t, t_end)} — a linear ramp from the
 * model's own value that stops at {@link #target()} (if given). Values in the model's units.
 */
public interface ParameterDrive extends Drive {

    /** The driven parameter, as the model names it (e.g. {@code c}). */
    String parameter();

    /** {@code ∂_t p} while the ramp runs, model units per model time unit; never 0. */
    double rate();

    /** Where the ramp stops ({@code NaN}: it runs to the end of the run). */
    double target();
}
