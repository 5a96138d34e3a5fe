package org.rapidity.models.multitube;

import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.Described;
import org.rapidity.framework.spi.InitialStateProvider;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.states.TwoLumpStateProvider;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.TbaState;

/**
 * The Bragg-split state of the dipolar quantum Newton's cradle (gBBGKY paper §VI, after Tang et
 * al., PRX 8, 021030 (2018)): a Bragg pulse splits each tube's atoms into two momentum components
 * {@code ±2ħk_D}, {@code k_D = 2π/λ}, {@code λ = 741 nm}; the gas then prethermalises to
 * {@code ρ_init}. The paper fits {@code ρ_init} to the measured data and prints no formula; here
 * it is two Gaussian lumps of adjustable rms width σ,
 * <pre>
 *   ρ(θ) ∝ Σ_± exp(-(θ ∓ 2k_D)²/(2σ²)),   ∫ρ dθ = ρ̄,
 * </pre>
 * with the rapidity the bare wavenumber {@code p(θ)/ħ} in the model's inverse length unit (the
 * model must have {@code p(θ) = θ}, as Lieb-Liniger in ħ = 2m = 1 units). With
 * {@code thermal = true} it gives instead {@code ρ_th}: the thermal state with the same particle
 * number, zero momentum and the same energy (Newton's method on the TBA equation,
 * {@link Gge#withCharges}), the state the kinetic equations relax to.
 * Laboratory inputs ({@code ρ̄} in μm⁻¹, λ in nm) are converted with the model's length unit.
 */
public final class BraggSplitStateProvider extends Described implements InitialStateProvider {

    /** The provider. */
    public BraggSplitStateProvider() {
        super("bragg-split",
                "two lumps at ±kick·ħk_D (k_D = 2π/λ) of rms width σ and density ρ̄, or with"
                        + " thermal = true their thermal state (same N, P = 0, E): the dipolar"
                        + " Newton's cradle of the gBBGKY paper, Fig. 8",
                ParameterSpec.real("density", "mean linear density ρ̄", "1/μm").above(0)
                        .withDefault(0.8),
                ParameterSpec.real("wavelength", "Bragg wavelength λ, k_D = 2π/λ", "nm")
                        .above(0).withDefault(741.0),
                ParameterSpec.real("kick", "lumps at ±kick·ħk_D", "ħk_D").atLeast(0)
                        .withDefault(2.0),
                ParameterSpec.real("width", "rms width σ of each lump", "ħk_D").above(0)
                        .required(),
                ParameterSpec.flag("thermal", "give the thermal state with the same N, P, E"
                        + " instead (ρ_th)").withDefault(false));
    }

    @Override
    public TbaState create(ModeSpace space, Parameters p) {
        if (space.speciesCount() != 1) {
            throw new InvalidInputException(p.path() + ".name", "bragg-split is defined for"
                    + " one-species models; model " + space.model().name() + " has "
                    + space.speciesCount() + " species");
        }
        LaboratoryUnits units = space.model().laboratoryUnits().orElseThrow(() ->
                new InvalidInputException(p.path() + ".name", "bragg-split takes laboratory"
                        + " units (μm⁻¹, nm): model " + space.model().name() + " has none (name"
                        + " an atom)"));
        for (double t : new double[] {-1.5, 0.5, 2.0}) {
            if (Math.abs(space.model().momentum(0, t) - t) > 1e-12 * (1 + Math.abs(t))) {
                throw new InvalidInputException(p.path() + ".name", "bragg-split needs a model"
                        + " whose rapidity is its momentum, p(θ) = θ; " + space.model().name()
                        + " has p(" + t + ") = " + space.model().momentum(0, t));
            }
        }
        double length = units.lengthUnit();
        double kd = 2 * Math.PI / (p.real("wavelength") * 1e-9) * length;
        double theta0 = p.real("kick") * kd;
        double sigma = p.real("width") * kd;
        double density = p.real("density") * 1e6 * length;
        TbaState lumps = TwoLumpStateProvider.twoLumps(space, theta0, density, u -> {
            double a = u / sigma;
            return Math.exp(-0.5 * a * a);
        });
        if (!p.flag("thermal")) {
            return lumps;
        }
        double[] charges = {lumps.particleDensity(), lumps.momentumDensity(),
            lumps.energyDensity()};
        return Gge.withCharges(space, charges).state();
    }
}
