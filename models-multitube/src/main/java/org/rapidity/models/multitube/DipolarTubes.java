package org.rapidity.models.multitube;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;
import org.rapidity.framework.spi.InterTubeCoupling;
import org.rapidity.framework.spi.LaboratoryUnits;
import org.rapidity.framework.spi.Perturbation;
import org.rapidity.framework.spi.QuasiparticlesOf;
import org.rapidity.framework.tba.Dressing;
import org.rapidity.framework.tba.GaussLegendreRule;
import org.rapidity.framework.tba.ModeSpace;

/**
 * The reference tube {@code (0, 0)} of a square lattice of identical, identically prepared tubes
 * of dipolar atoms in a field at angle θ to the tubes (gBBGKY paper §VI, Fig. 8). Each tube is an
 * integrable one-species gas (the tube model, by default Lieb-Liniger) whose contact coupling holds
 * the van der Waals and the whole intra-tube dipolar interaction,
 * {@code g(θ) = c_vdW + c_DDI(θ)} ((79)-(80), with (80) corrected, {@link IntraTubeDipolar}); the
 * tubes are coupled by the inter-tube potentials (78) ({@link InterTubeDipolarPotential}), which
 * this model offers to the kinetic solvers ({@link InterTubeCoupling}).
 *
 * <p>Everything integrable is the tube model's, unchanged (this class delegates); units are the
 * tube model's (for Lieb-Liniger with an atom: ħ = 2m = 1, lengths in μm), and this class is the
 * one place where the lattice's laboratory quantities (nm, μ_B, the angle in degrees) are
 * converted into them: lengths by the tube model's length unit, energies by its energy unit.
 */
public final class DipolarTubes extends QuasiparticlesOf implements InterTubeCoupling {

    private static final double[] GL = GaussLegendreRule.nodes(16);
    private static final double[] GLW = GaussLegendreRule.weights(16);

    private final IntegrableModel tube;
    private final Parameters parameters;
    private final DipolarAtom atom;
    private final TubeLattice lattice;
    private final double theta;
    private final double scatteringLength;
    private final LaboratoryUnits units;
    private final List<Perturbation> potentials;

    /**
     * @param tube the one-tube model, already at the coupling {@link #coupling} gives, with
     *     laboratory units for {@code atom}
     * @param atom the atoms
     * @param lattice the geometry
     * @param theta the field angle θ_DDI to the tube axis (rad)
     * @param scatteringLength the 1D scattering length {@code a_1D} (m) of (79)
     * @param parameters the validated parameters (for reports)
     */
    public DipolarTubes(IntegrableModel tube, DipolarAtom atom, TubeLattice lattice,
            double theta, double scatteringLength, Parameters parameters) {
        super(oneSpecies(tube));
        this.units = tube.laboratoryUnits().orElseThrow(() -> new InvalidInputException(
                "model.tube_model", "the tube model " + tube.name() + " has no laboratory"
                        + " units; it must take the atom " + atom.label()));
        this.tube = tube;
        this.parameters = parameters;
        this.atom = atom;
        this.lattice = lattice;
        this.theta = theta;
        this.scatteringLength = scatteringLength;
        double l = units.lengthUnit();
        double strength = atom.dipolarStrength() / (units.energyUnit() * l * l * l);
        List<Perturbation> list = new ArrayList<>();
        for (int[] t : lattice.coupledTubes()) {
            list.add(new InterTubeDipolarPotential(t[0], t[1], theta, strength,
                    lattice.spacing() / l));
        }
        this.potentials = Collections.unmodifiableList(list);
    }

    private static IntegrableModel oneSpecies(IntegrableModel tube) {
        if (tube.speciesCount() != 1) {
            throw new InvalidInputException("model.tube_model", "the tube model must have one"
                    + " quasiparticle species; " + tube.name() + " has " + tube.speciesCount()
                    + " (a negative coupling g(θ) makes Lieb-Liniger tubes attractive: choose"
                    + " θ_DDI or a_1D so that g > 0)");
        }
        return tube;
    }

    /**
     * The contact coupling of each tube, {@code g(θ) = c_vdW + c_DDI(θ)} (J m): the pair
     * interaction {@code g δ(x_i - x_j)} of (74).
     */
    public static double contactCoupling(DipolarAtom atom, TubeLattice lattice, double theta,
            double scatteringLength) {
        return IntraTubeDipolar.vanDerWaalsCoupling(atom, scatteringLength)
                + IntraTubeDipolar.contactCoupling(atom, theta, lattice.transverseLength());
    }

    /**
     * {@code g} (J m) as the Lieb-Liniger {@code c} of a model with
     * {@code H = -Σ∂² + cΣ_{i≠j}δ} in the given units (ħ = 2m = 1: the pair interaction is
     * {@code 2c} energy units × length unit), i.e. {@code c = g/(2 E_u L_u)}; for lengths in μm
     * this is {@code c̃ = m g/ħ²} in μm⁻¹.
     */
    public static double liebLinigerCoupling(double g, LaboratoryUnits units) {
        return g / (2 * units.energyUnit() * units.lengthUnit());
    }

    /** The one-tube model. */
    public IntegrableModel tube() {
        return tube;
    }

    /** The atoms. */
    public DipolarAtom atom() {
        return atom;
    }

    /** The geometry. */
    public TubeLattice lattice() {
        return lattice;
    }

    /** The field angle θ_DDI (rad). */
    public double theta() {
        return theta;
    }

    /**
     * {@code K_⊥ = Σ_t ∫dk k²|V̂^t(k)|² = 2π Σ_t ∫dx V^t'(x)²} (Parseval; model units,
     * energy²/length), by 16-point Gauss-Legendre panels of width {@code ρ_t/4} on
     * {@code |x| <= 2000 ρ_t} (the integrand falls as {@code x⁻⁸}). Computed on each call.
     */
    public double tubeSummedWeight() {
        double sum = 0;
        for (Perturbation p : potentials) {
            double rho = p.range();
            double x = 2000 * rho;
            double w = rho / 4;
            int count = (int) Math.ceil(2 * x / w);
            double step = 2 * x / count;
            double part = 0;
            for (int m = 0; m < count; m++) {
                double mid = -x + (m + 0.5) * step;
                double s = 0;
                for (int g = 0; g < GL.length; g++) {
                    double d = p.potentialDerivative(mid + 0.5 * step * GL[g]);
                    s += GLW[g] * d * d;
                }
                part += 0.5 * step * s;
            }
            sum += 2 * Math.PI * part;
        }
        return sum;
    }

    @Override
    public List<Perturbation> interTubePotentials() {
        return potentials;
    }

    @Override
    public String name() {
        return "dipolar-tubes";
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String units() {
        return tube.units() + "; one tube of a lattice of " + atom.label() + " tubes";
    }

    @Override
    public Optional<LaboratoryUnits> laboratoryUnits() {
        Map<String, Double> extra = new LinkedHashMap<>(units.parameters());
        double g = contactCoupling(atom, lattice, theta, scatteringLength);
        double perMicrometre = 1e-6 / units.lengthUnit();
        extra.put("theta_DDI_deg", Math.toDegrees(theta));
        extra.put("c_vdW_per_um", liebLinigerCoupling(IntraTubeDipolar.vanDerWaalsCoupling(atom,
                scatteringLength), units) * perMicrometre);
        extra.put("c_DDI_per_um", liebLinigerCoupling(IntraTubeDipolar.contactCoupling(atom,
                theta, lattice.transverseLength()), units) * perMicrometre);
        extra.put("c_per_um", liebLinigerCoupling(g, units) * perMicrometre);
        Map<String, Double> all = Collections.unmodifiableMap(extra);
        return Optional.of(new LaboratoryUnits() {
            @Override
            public String description() {
                return units.description() + String.format(Locale.ROOT, "; %d coupled tubes,"
                        + " a_l = %.0f nm, l⊥ = %.0f nm, θ_DDI = %.2f°", potentials.size(),
                        lattice.spacing() * 1e9, lattice.transverseLength() * 1e9,
                        Math.toDegrees(theta));
            }

            @Override
            public double lengthUnit() {
                return units.lengthUnit();
            }

            @Override
            public double energyUnit() {
                return units.energyUnit();
            }

            @Override
            public Map<String, Double> parameters() {
                return all;
            }
        });
    }

    @Override
    public int speciesCount() {
        return 1;
    }

    @Override
    public boolean isDifferenceKernel() {
        return tube.isDifferenceKernel();
    }

    @Override
    public double[] applyScatteringShift(ModeSpace space, double[] f) {
        return tube.applyScatteringShift(space, f);
    }

    @Override
    public Dressing dressing(ModeSpace space, double[] filling) {
        return tube.dressing(space, filling);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "dipolar-tubes(%s, θ_DDI = %.2f°, %d tubes; %s)",
                atom.label(), Math.toDegrees(theta), potentials.size(), tube);
    }
}
