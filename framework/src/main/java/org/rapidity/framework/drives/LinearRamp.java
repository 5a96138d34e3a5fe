package org.rapidity.framework.drives;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.param.Quantity;
import org.rapidity.framework.spi.CouplingDependent;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.ParameterDrive;

/**
 * A linear ramp of a model parameter by name, {@code p(t) = p(0) + rate·t} until {@code to}: the
 * strings paper's interaction ramp {@code c̃(t)} through {@code c = 0}. The model must let the
 * parameter be driven ({@link CouplingDependent}: its coupling, with the derivatives GHD needs).
 * Values as numbers in the model's units or with laboratory units ({@code "-0.038 1/(um ms)"},
 * {@code "-2 1/um"}).
 */
public record LinearRamp(String parameter, double rate, double target) implements ParameterDrive {

    @Override
    public String name() {
        return "linear-ramp";
    }

    /**
     * In closed form, {@code (p − p0)/rate} where the ramp passes through {@code p} (between
     * {@code p0} and {@link #target()}), else {@code +∞}; the horizon plays no part.
     */
    @Override
    public double timeOf(double p0, double p, double horizon) {
        double t = (p - p0) / rate;
        boolean passes = t >= 0 && (Double.isNaN(target) || (target - p) * rate >= 0);
        return passes ? t : Double.POSITIVE_INFINITY;
    }

    /** Provides {@code linear-ramp}. */
    public static final class Provider extends Described implements DriveProvider {

        /** The provider. */
        public Provider() {
            super("linear-ramp",
                    "linear ramp p(t) = p(0) + rate t of a model parameter by name (the coupling"
                            + " c of the strings paper's ramp), stopping at 'to'");
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.text("parameter", "the model parameter to drive")
                    .withDefault("c"),
                    ParameterSpec.quantity("rate", "∂_t p (e.g. \"-0.038 1/(um ms)\" for c̃)",
                            "1/(length·time)").required(),
                    ParameterSpec.quantity("to", "value at which the ramp stops (default: it"
                            + " runs to the end; e.g. \"-2 1/um\")", "1/length"));
        }

        @Override
        public Class<? extends Drive> kind() {
            return ParameterDrive.class;
        }

        @Override
        public Drive create(IntegrableModel model, Parameters p) {
            String name = p.text("parameter");
            if (!(model instanceof CouplingDependent)
                    || !((CouplingDependent) model).couplingName().equals(name)) {
                throw new InvalidInputException(p.field("parameter"), "model '" + model.name()
                        + "' has no drivable parameter '" + name + "'"
                        + (model instanceof CouplingDependent ? "; drivable: "
                                + ((CouplingDependent) model).couplingName() : ""));
            }
            LaboratoryUnits lab = model.laboratoryUnits().orElse(null);
            double rate = p.quantity("rate", Quantity.Dimension.INVERSE_LENGTH_TIME, lab);
            if (rate == 0) {
                throw new InvalidInputException(p.field("rate"), "a ramp needs a rate ≠ 0");
            }
            double to = p.has("to") ? p.quantity("to", Quantity.Dimension.INVERSE_LENGTH, lab)
                    : Double.NaN;
            double from = ((CouplingDependent) model).coupling();
            if (!Double.isNaN(to) && (to - from) * rate <= 0) {
                throw new InvalidInputException(p.field("to"), "the ramp goes from " + name
                        + " = " + Parameters.format(from) + " at rate " + Parameters.format(rate)
                        + " and never reaches " + Parameters.format(to));
            }
            return new LinearRamp(name, rate, to);
        }
    }
}
