package org.rapidity.framework.drives;

import java.util.List;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.param.Quantity;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.Drive;
import org.rapidity.framework.spi.DriveProvider;
import org.rapidity.framework.spi.ExternalPotential;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * The harmonic trap {@code V(x) = ½ k x²}: {@code k} in model units ({@code curvature}), or from
 * a trap frequency {@code ν} ({@code frequency}), {@code k = m (2πν)²} with the model's particle
 * mass, which needs laboratory units ({@code "27.6 Hz"}).
 */
public record HarmonicTrap(double curvature) implements ExternalPotential {

    @Override
    public String name() {
        return "harmonic-trap";
    }

    @Override
    public double potential(double x) {
        return 0.5 * curvature * x * x;
    }

    @Override
    public double gradient(double x) {
        return curvature * x;
    }

    /** Provides {@code harmonic-trap}. */
    public static final class Provider extends Described implements DriveProvider {

        /** The provider. */
        public Provider() {
            super("harmonic-trap",
                    "harmonic trap V(x) = ½ k x², from its curvature k or its frequency ν (k = m"
                            + " (2πν)²)");
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.quantity("frequency", "trap frequency ν (a number in"
                    + " cycles per model time unit, or e.g. \"27.6 Hz\"; needs the particle mass"
                    + " of laboratory units; exclusive with curvature)", "1/time").above(0),
                    ParameterSpec.real("curvature", "k of V = ½ k x² in model units (exclusive"
                            + " with frequency)", "energy/length²").above(0));
        }

        @Override
        public Class<? extends Drive> kind() {
            return ExternalPotential.class;
        }

        @Override
        public Drive create(IntegrableModel model, Parameters p) {
            if (p.has("frequency") == p.has("curvature")) {
                throw new InvalidInputException(p.field("frequency"), "give exactly one of"
                        + " frequency (e.g. \"27.6 Hz\") and curvature (model units)");
            }
            if (p.has("curvature")) {
                return new HarmonicTrap(p.real("curvature"));
            }
            LaboratoryUnits lab = model.laboratoryUnits().orElse(null);
            Double mass = lab == null ? null : lab.parameters().get("mass_kg");
            if (mass == null) {
                throw new InvalidInputException(p.field("frequency"), "a trap frequency needs a"
                        + " model with laboratory units and a particle mass (e.g. liebliniger"
                        + " with atom); give curvature in model units");
            }
            double nu = p.quantity("frequency", Quantity.Dimension.FREQUENCY, lab);
            if (!(nu > 0)) {
                throw new InvalidInputException(p.field("frequency"), "must be > 0, got "
                        + Parameters.format(nu) + " per model time unit");
            }
            // ω in rad/s; k = m ω² in J/m², then in model energy per model length²
            double omega = 2 * Math.PI * nu / lab.timeUnit();
            return new HarmonicTrap(mass * omega * omega * lab.lengthUnit() * lab.lengthUnit()
                    / lab.energyUnit());
        }
    }
}
