package org.rapidity.solvers.kinetic;

/**
 * The two parts of a collision integral of a weak two-body potential, as both derivations split
 * them: cross ({@code V̂(q_i)²}, (67)) and self ({@code V̂(q_i)V̂(q_j)}, (68)). Arrays hold values
 * at the rapidity nodes; rates in density per unit time (the model's units).
 *
 * @param crossIntegral the bare cross integral ({@code I_0^cross(θ_i)} for Landau,
 *     {@code J^cross(θ_i)} for FGR), before the outer derivative and backflow
 * @param selfIntegral the bare self integral
 * @param cross the cross part of {@code ∂_tρ}
 * @param self the self part of {@code ∂_tρ}
 */
public record CollisionTerms(double[] crossIntegral, double[] selfIntegral, double[] cross,
        double[] self) {

    /** {@code ∂_t ρ = cross + self}. */
    public double[] total() {
        double[] t = new double[cross.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = cross[i] + self[i];
        }
        return t;
    }
}
