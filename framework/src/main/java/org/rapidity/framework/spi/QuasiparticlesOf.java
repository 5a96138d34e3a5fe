package org.rapidity.framework.spi;

import java.util.Objects;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.Statistics;

/**
 * Base of a model whose quasiparticles are those of another model: their statistics, bare
 * momentum and energy with their rapidity derivatives, particle numbers, charges, scattering
 * shift, Galilean invariance and admissible densities are forwarded to it. A subclass states
 * what it changes (its name and units, the numerics of its dressing, the tubes it couples).
 */
public abstract class QuasiparticlesOf implements IntegrableModel {

    private final IntegrableModel quasiparticles;

    /** @param quasiparticles the model whose quasiparticles this one has */
    protected QuasiparticlesOf(IntegrableModel quasiparticles) {
        this.quasiparticles = Objects.requireNonNull(quasiparticles);
    }

    @Override
    public Statistics statistics(int species) {
        return quasiparticles.statistics(species);
    }

    @Override
    public double momentum(int species, double theta) {
        return quasiparticles.momentum(species, theta);
    }

    @Override
    public double momentumDerivative(int species, double theta) {
        return quasiparticles.momentumDerivative(species, theta);
    }

    @Override
    public double energy(int species, double theta) {
        return quasiparticles.energy(species, theta);
    }

    @Override
    public double energyDerivative(int species, double theta) {
        return quasiparticles.energyDerivative(species, theta);
    }

    @Override
    public double particleNumber(int species) {
        return quasiparticles.particleNumber(species);
    }

    @Override
    public int chargeCount() {
        return quasiparticles.chargeCount();
    }

    @Override
    public double charge(int k, int species, double theta) {
        return quasiparticles.charge(k, species, theta);
    }

    @Override
    public double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime) {
        return quasiparticles.scatteringShift(speciesA, theta, speciesB, thetaPrime);
    }

    @Override
    public boolean isGalileanInvariant() {
        return quasiparticles.isGalileanInvariant();
    }

    @Override
    public void checkDensity(ModeSpace space, double[] rho) {
        quasiparticles.checkDensity(space, rho);
    }
}
