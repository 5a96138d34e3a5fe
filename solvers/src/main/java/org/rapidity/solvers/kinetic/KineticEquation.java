package org.rapidity.solvers.kinetic;

import org.rapidity.framework.tba.TbaState;

/**
 * A homogeneous kinetic equation {@code ∂_t ρ = I[ρ]} for the quasiparticle density (generalised
 * Landau, Fermi's golden rule). Implementations are stateless apart from state-independent
 * precomputation, and thread-safe.
 */
public interface KineticEquation {

    /** {@code ∂_t ρ(θ_i)} at every mode, in the model's units (density per time). */
    double[] timeDerivative(TbaState state);
}
