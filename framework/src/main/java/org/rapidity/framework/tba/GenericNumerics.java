package org.rapidity.framework.tba;

import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * A view of a model that uses the generic TBA numerics (dense kernel, generic dressing) even when
 * the model overrides them with closed forms. For checks that a closed form agrees with the
 * generic core, and for benchmarks comparing the two.
 */
public final class GenericNumerics implements IntegrableModel {

    private final IntegrableModel model;

    private GenericNumerics(IntegrableModel model) {
        this.model = model;
    }

    /** The model with its numerical shortcuts removed. */
    public static IntegrableModel of(IntegrableModel model) {
        return model instanceof GenericNumerics ? model : new GenericNumerics(model);
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public Parameters parameters() {
        return model.parameters();
    }

    @Override
    public String units() {
        return model.units();
    }

    @Override
    public Optional<LaboratoryUnits> laboratoryUnits() {
        return model.laboratoryUnits();
    }

    @Override
    public int speciesCount() {
        return model.speciesCount();
    }

    @Override
    public String speciesLabel(int species) {
        return model.speciesLabel(species);
    }

    @Override
    public Statistics statistics(int species) {
        return model.statistics(species);
    }

    @Override
    public double momentum(int species, double theta) {
        return model.momentum(species, theta);
    }

    @Override
    public double momentumDerivative(int species, double theta) {
        return model.momentumDerivative(species, theta);
    }

    @Override
    public double energy(int species, double theta) {
        return model.energy(species, theta);
    }

    @Override
    public double energyDerivative(int species, double theta) {
        return model.energyDerivative(species, theta);
    }

    @Override
    public double particleNumber(int species) {
        return model.particleNumber(species);
    }

    @Override
    public int chargeCount() {
        return model.chargeCount();
    }

    @Override
    public double charge(int k, int species, double theta) {
        return model.charge(k, species, theta);
    }

    @Override
    public double scatteringShift(int speciesA, double theta, int speciesB, double thetaPrime) {
        return model.scatteringShift(speciesA, theta, speciesB, thetaPrime);
    }

    @Override
    public boolean isGalileanInvariant() {
        return model.isGalileanInvariant();
    }

    @Override
    public void checkDensity(ModeSpace space, double[] rho) {
        model.checkDensity(space, rho);
    }
}
