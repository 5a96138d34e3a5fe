package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.TbaState;

/**
 * A state and the kinetic equation that evolves it: the snapshot view the {@code landau} solver
 * offers to observables of the rate itself ({@code dt-rate}). {@code ∂_tρ} is computed on first
 * use (an observable that does not ask costs nothing).
 */
public final class KineticRates {

    private final TbaState state;
    private final KineticEquation equation;
    private double[] rate;

    /**
     * @param state the state
     * @param equation its kinetic equation
     */
    public KineticRates(TbaState state, KineticEquation equation) {
        this.state = state;
        this.equation = equation;
    }

    /** The state. */
    public TbaState state() {
        return state;
    }

    /** The kinetic equation (a {@link CollisionIntegral} splits into cross and self parts). */
    public KineticEquation equation() {
        return equation;
    }

    /** {@code ∂_tρ} at the modes (density per time, model units), computed once. */
    public synchronized double[] rate() {
        if (rate == null) {
            rate = equation.timeDerivative(state);
        }
        return rate.clone();
    }
}
