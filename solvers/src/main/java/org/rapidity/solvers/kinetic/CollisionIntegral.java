package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.TbaState;

/**
 * A kinetic equation whose right-hand side is a collision integral of a weak two-body potential,
 * evaluated in its cross and self parts ({@link CollisionTerms}, gBBGKY paper (67)-(68)):
 * {@code ∂_t ρ = cross + self}.
 */
public interface CollisionIntegral extends KineticEquation {

    /** Both parts, bare and as rates, for a state on the integral's mode space. */
    CollisionTerms evaluate(TbaState state);

    /** {@code ∂_t ρ}, the sum of both parts. */
    @Override
    default double[] timeDerivative(TbaState state) {
        return evaluate(state).total();
    }
}
