package org.rapidity.framework.spi;

/**
 * Optional capability of an {@link IntegrableModel} whose bare quantities and scattering shift
 * depend on a coupling constant {@code c} (Lieb-Liniger: the {@code c} of
 * {@code H = -Σ∂² + cΣ_{i≠j}δ(z_i - z_j)}). It exposes the derivatives {@code ∂_c} that
 * generalised hydrodynamics with a time-dependent coupling needs (the force term of the strings
 * paper, below (S9), is {@code ∂_t c Σ_b ∫dθ' ∂_cΦ ρ_b}) and that the Hellmann-Feynman formula
 * for {@code ⟨∂H/∂c⟩} (the strings paper's (S11)) is built from.
 *
 * <p>Conventions are those of {@link IntegrableModel}: the scattering shift {@code T} includes
 * {@code 1/2π}. The <em>scattering phase</em> is its antiderivative in the first rapidity,
 * normalised to vanish at coinciding rapidities,
 * {@code Θ_ab(θ, θ') = ∫_{θ'}^{θ} dθ'' T_ab(θ'', θ')}, so that the counting function of a state
 * is {@code Z_a(θ) = p_a(θ)/2π + Σ_b ∫dθ' Θ_ab(θ, θ') ρ_b(θ')} and {@code Z'_a = ρ^t_a}. For a
 * difference kernel written as {@code T = -φ/2π} (strings paper) {@code Θ = -Φ/2π}.
 *
 * <p>Every derivative is at fixed rapidities and must be exact; the conformance kit checks them
 * by finite differences of {@link #withCoupling}. Units: those of the model; {@code ∂_c} of a
 * quantity has the unit of the quantity divided by that of {@code c}.
 */
public interface CouplingDependent {

    /** Name of the coupling as descriptors write it, e.g. {@code c}. */
    String couplingName();

    /** The coupling {@code c} of this instance. */
    double coupling();

    /**
     * The same model (same species, same statistics) at another coupling, for finite
     * differences and interaction ramps.
     *
     * @throws org.rapidity.framework.param.InvalidInputException if the model does not exist at
     *     {@code value} (e.g. a sign change that changes its species)
     */
    IntegrableModel withCoupling(double value);

    /** {@code ∂_c p_a(θ)} at fixed {@code θ}. */
    double momentumCouplingDerivative(int species, double theta);

    /** {@code ∂_c E_a(θ)} at fixed {@code θ}. */
    double energyCouplingDerivative(int species, double theta);

    /** {@code ∂_c T_ab(θ, θ')} at fixed rapidities; symmetric like {@code T}. */
    double scatteringShiftCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime);

    /**
     * {@code ∂_c Θ_ab(θ, θ')} of the scattering phase defined in the class documentation; its
     * {@code θ}-derivative is {@link #scatteringShiftCouplingDerivative} and it vanishes at
     * {@code θ = θ'}.
     */
    double scatteringPhaseCouplingDerivative(int speciesA, double theta, int speciesB,
            double thetaPrime);
}
