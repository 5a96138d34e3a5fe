package org.rapidity.models.multitube;

import java.util.Map;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.registry.Registry;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.ModelProvider;

/**
 * Provides {@code dipolar-tubes}: the reference tube of a square lattice of 162Dy tubes in a
 * field at angle {@code theta_DDI} (gBBGKY paper §VI, Fig. 8), all geometry in laboratory units
 * with the paper's values as defaults. The one-tube model is found by name ({@code tube_model},
 * default {@code liebliniger}) and created with the coupling {@code c} of
 * {@link DipolarTubes#liebLinigerCoupling} and the atom; it must use the Lieb-Liniger convention
 * {@code H = -Σ∂² + cΣ_{i≠j}δ} with ħ = 2m = 1 (checked against its energy unit).
 */
public final class DipolarTubesProvider extends Described implements ModelProvider {

    /** The provider. */
    public DipolarTubesProvider() {
        super("dipolar-tubes",
                "one tube of a 2D lattice of dipolar 162Dy tubes (gBBGKY paper §VI, Fig. 8):"
                        + " Lieb-Liniger with c(θ) = c_vdW + c_DDI(θ), coupled to the tubes"
                        + " |i|,|j| <= tubes by the dipolar potentials (78)",
                ParameterSpec.real("theta_DDI", "angle θ_DDI between the field and the tubes",
                        "deg").atLeast(0).atMost(180).required(),
                ParameterSpec.text("atom", "dipolar atom (mass, μ)").oneOf(DipolarAtom.labels())
                        .withDefault(DipolarAtom.DY162.label()),
                ParameterSpec.real("a_l", "lattice spacing a_l", "nm").above(0)
                        .withDefault(370.0),
                ParameterSpec.real("l_perp", "transverse oscillator length l⊥", "nm").above(0)
                        .withDefault(57.0),
                ParameterSpec.real("a_1D", "1D scattering length of the van der Waals"
                        + " coupling c_vdW = -2ħ²/(m a_1D), eq. (79)", "nm").withDefault(-435.0),
                ParameterSpec.integer("tubes", "largest |i|, |j| of the coupled tubes"
                        + " (i, j) ≠ (0, 0)").atLeast(1).atMost(50).withDefault(2),
                ParameterSpec.text("tube_model", "the one-tube model, found by name (takes c and"
                        + " atom)").withDefault("liebliniger"));
    }

    @Override
    public IntegrableModel create(Parameters p) {
        DipolarAtom atom = DipolarAtom.parse(p.field("atom"), p.text("atom"));
        double a1d = p.real("a_1D") * 1e-9;
        if (a1d == 0) {
            throw new InvalidInputException(p.field("a_1D"), "a_1D = 0 makes c_vdW infinite");
        }
        TubeLattice lattice = new TubeLattice(p.real("a_l") * 1e-9, p.real("l_perp") * 1e-9,
                p.integer("tubes"));
        double theta = Math.toRadians(p.real("theta_DDI"));
        double g = DipolarTubes.contactCoupling(atom, lattice, theta, a1d);
        var provider = Registry.standard().models().get(p.field("tube_model"),
                p.text("tube_model"));
        // the units do not depend on c: ask a model at a nominal coupling for them
        IntegrableModel probe = provider.create(Parameters.validate(p.field("tube_model"),
                provider.parameters(), Map.of("c", 1.0, "atom", atom.label())));
        LaboratoryUnits units = probe.laboratoryUnits().orElseThrow(() ->
                new InvalidInputException(p.field("tube_model"), "model " + provider.name()
                        + " has no laboratory units"));
        double expected = LaboratoryUnits.HBAR * LaboratoryUnits.HBAR
                / (2 * atom.mass() * units.lengthUnit() * units.lengthUnit());
        if (Math.abs(units.energyUnit() / expected - 1) > 1e-6) {
            throw new InvalidInputException(p.field("tube_model"), "model " + provider.name()
                    + " does not use ħ = 2m = 1 for " + atom.label() + " (energy unit "
                    + units.energyUnit() + " J, expected " + expected + " J)");
        }
        double c = DipolarTubes.liebLinigerCoupling(g, units);
        if (!(c > 0)) {
            throw new InvalidInputException(p.field("theta_DDI"), String.format(
                    java.util.Locale.ROOT, "the contact coupling c(θ) = c_vdW + c_DDI(θ) ="
                            + " %.4g (model units) is not repulsive at θ_DDI = %s° with a_1D ="
                            + " %s nm; the kinetic solvers need one species (c > 0)", c,
                    Parameters.format(p.real("theta_DDI")), Parameters.format(p.real("a_1D"))));
        }
        IntegrableModel tube = provider.create(Parameters.validate(p.field("tube_model"),
                provider.parameters(), Map.of("c", c, "atom", atom.label())));
        return new DipolarTubes(tube, atom, lattice, theta, a1d, p);
    }
}
