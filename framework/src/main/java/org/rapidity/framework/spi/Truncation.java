package org.rapidity.framework.spi;

import org.rapidity.framework.param.Parameters;

/**
 * How a correlation hierarchy (gBBGKY, eqs. (47)-(49)) is closed: the highest connected
 * correlation order it evolves and what stands in for the next one.
 */
public interface Truncation {

    /** What replaces the first neglected order. */
    enum Closure {
        /** The next order is set to zero. */
        NONE,
        /**
         * The {@code H g3} term of the two-point layer is replaced by the Kubo diffusion term
         * {@code 𝔇 ∂_x g2}, eq. (50).
         */
        KUBO_DIFFUSION
    }

    /** Short lower-case name (of its provider). */
    String name();

    /** The validated parameters this instance was created with. */
    Parameters parameters();

    /** Highest connected correlation order evolved: 1 (mean field), 2 or 3. */
    int order();

    /** Closure of order {@code order() + 1}. */
    Closure closure();
}
