package org.rapidity.framework.spi;

/**
 * A one-species Galilean gas whose rapidity is the momentum of a particle of mass {@code m}
 * (in the model's units, ħ = 1): the dispersion {@code p(θ) = θ}, {@code E(θ) = θ²/(2m)}, so
 * that the bare velocity is {@code E'/p' = θ/m}. Hard rods have {@code m = 1} (gBBGKY paper
 * §V: {@code E = θ²/2}); the repulsive Lieb-Liniger gas in units {@code ħ = 2m = 1} has
 * {@code m = 1/2} ({@code E = θ²}, strings paper, note 7).
 *
 * <p>A model takes this dispersion by implementing the interface and stating its {@link #mass};
 * {@link IntegrableModel} itself has no default dispersion, so a model that does not declare
 * itself Galilean must write its own.
 */
public interface GalileanGas extends IntegrableModel {

    /** The particle mass {@code m} in the model's units. */
    double mass();

    /** {@code p(θ) = θ}: the rapidity is the momentum. */
    @Override
    default double momentum(int species, double theta) {
        return theta;
    }

    /** {@code p'(θ) = 1}. */
    @Override
    default double momentumDerivative(int species, double theta) {
        return 1.0;
    }

    /** {@code E(θ) = θ²/(2m)}. */
    @Override
    default double energy(int species, double theta) {
        return theta * theta / (2 * mass());
    }

    /** {@code E'(θ) = θ/m}. */
    @Override
    default double energyDerivative(int species, double theta) {
        return theta / mass();
    }

    /** A Galilean gas is Galilean invariant: {@code E' = p/m}. */
    @Override
    default boolean isGalileanInvariant() {
        return true;
    }
}
