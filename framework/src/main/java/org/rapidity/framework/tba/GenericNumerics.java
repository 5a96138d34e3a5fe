package org.rapidity.framework.tba;

import java.util.Optional;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.QuasiparticlesOf;

/**
 * A view of a model that uses the generic TBA numerics (dense kernel, generic dressing) even when
 * the model overrides them with closed forms. For checks that a closed form agrees with the
 * generic core, and for benchmarks comparing the two.
 */
public final class GenericNumerics extends QuasiparticlesOf {

    private final IntegrableModel model;

    private GenericNumerics(IntegrableModel model) {
        super(model);
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
}
