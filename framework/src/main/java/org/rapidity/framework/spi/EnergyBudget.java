package org.rapidity.framework.spi;

/**
 * A snapshot view: the energy per unit length split into its kinetic and its long-range
 * interaction part, for solvers that track the interaction energy (molecular dynamics; a
 * hierarchy through {@code g2}). Read by the {@code interaction-energy} and {@code total-energy}
 * observables.
 *
 * <h2>Convention</h2>
 * The interaction energy is that of the long-range potential {@code V} of eq. (3) of the gBBGKY
 * paper <em>without</em> self-interaction, each pair counted once:
 * <pre>
 *   e_int = (1/L) ⟨Σ_{i<j} V(x_i - x_j)⟩ = ½ ∫dz V(z) ρ₂(z),
 * </pre>
 * with {@code ρ₂(z)} the density of ordered pairs at separation {@code z}. In the hydrodynamic
 * language of the paper ({@code ⟨q₀(x)q₀(x')⟩^c = δ(x-x') C₀₀ + g₀₀(x-x')}) and for a potential
 * smooth on the scale of the contact correlations, this is
 * <pre>
 *   e_int = ½ ρ̄² V̂(0) + ½ V(0) (C₀₀ - ρ̄) + ½ ∫dz V(z) ∫dθ₁dθ₂ g2(z; θ₁, θ₂),
 * </pre>
 * the middle term being the contact (excluded-volume) correlations of the GGE itself minus the
 * self-interaction; hard rods: {@code C₀₀ = ρ̄(1 - aρ̄)²}. Energies per unit length, in the
 * model's units; the sign is that of {@code V} (positive for repulsion, {@code V0 > 0}).
 */
public interface EnergyBudget {

    /** Kinetic energy per unit length {@code (1/L)⟨Σ_i θ_i²/2⟩} (unit mass). */
    double kineticEnergyDensity();

    /** Interaction energy per unit length, in the convention of the class documentation. */
    double interactionEnergyDensity();

    /** Kinetic plus interaction energy per unit length. */
    default double totalEnergyDensity() {
        return kineticEnergyDensity() + interactionEnergyDensity();
    }
}
