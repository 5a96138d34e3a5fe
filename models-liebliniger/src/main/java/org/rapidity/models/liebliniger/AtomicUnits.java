package org.rapidity.models.liebliniger;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * The one place where the Lieb-Liniger gas of a named atom is converted between laboratory units
 * and the model's dimensionless units. The model is {@code H = -Σ∂² + cΣ_{i≠j}δ(z_i - z_j)}
 * with ħ = 2m = 1 and lengths in the unit {@code ℓ = 1 μm} (the strings paper's note 7, (S6)):
 * <ul>
 *   <li>length unit {@code ℓ = 1 μm}; densities in μm⁻¹ and rapidities (wavenumbers) in μm⁻¹
 *       are the dimensionless numbers themselves;</li>
 *   <li>coupling {@code c = c̃ ℓ}, with {@code c̃ = m g_1D/ħ²} in μm⁻¹ (the pair interaction
 *       is {@code g_1D δ(z)} and {@code c̃ = -2/a_1D});</li>
 *   <li>energy unit {@code E_ℓ = ħ²/(2mℓ²)}; energies are reported as frequencies {@code E/h} in
 *       Hz and temperatures {@code E/k_B} in nK;</li>
 *   <li>time unit {@code ħ/E_ℓ = 2mℓ²/ħ}.</li>
 * </ul>
 * ħ, h and k_B are the exact SI values; masses are those of {@link Atom}.
 */
public final class AtomicUnits implements LaboratoryUnits {

    /** The length unit ℓ in metres: 1 μm. */
    public static final double MICROMETRE = 1e-6;

    private final Atom atom;
    private final double coupling;
    private final double energyUnit;

    /**
     * @param atom the atomic species
     * @param coupling the model's dimensionless coupling {@code c} (reported as {@code c̃})
     */
    public AtomicUnits(Atom atom, double coupling) {
        this.atom = atom;
        this.coupling = coupling;
        this.energyUnit = HBAR * HBAR / (2 * atom.mass() * MICROMETRE * MICROMETRE);
    }

    /** The atom. */
    public Atom atom() {
        return atom;
    }

    @Override
    public String description() {
        return atom.label() + " (m = " + atom.relativeMass() + " u); ħ = 2m = 1, length unit"
                + " 1 μm, energy unit ħ²/(2m μm²)";
    }

    @Override
    public double lengthUnit() {
        return MICROMETRE;
    }

    /** {@code E_ℓ = ħ²/(2m μm²)} in joules. */
    @Override
    public double energyUnit() {
        return energyUnit;
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("c_tilde_per_um", couplingToInverseMicrometres(coupling));
        m.put("mass_kg", atom.mass());
        m.put("energy_unit_Hz", energyToHertz(1));
        m.put("energy_unit_nK", energyToNanoKelvin(1));
        m.put("time_unit_ms", timeToMilliseconds(1));
        return m;
    }

    /** Dimensionless coupling {@code c} from {@code c̃} in μm⁻¹. */
    public double couplingFromInverseMicrometres(double cTilde) {
        return cTilde * MICROMETRE / 1e-6;
    }

    /** {@code c̃} in μm⁻¹ from the dimensionless {@code c}. */
    public double couplingToInverseMicrometres(double c) {
        return c * 1e-6 / MICROMETRE;
    }

    /** Dimensionless density from a density in μm⁻¹. */
    public double densityFromPerMicrometre(double perMicrometre) {
        return perMicrometre * MICROMETRE / 1e-6;
    }

    /** Density in μm⁻¹ from a dimensionless density. */
    public double densityToPerMicrometre(double density) {
        return density * 1e-6 / MICROMETRE;
    }

    /** Dimensionless energy from a frequency {@code E/h} in Hz. */
    public double energyFromHertz(double hertz) {
        return PLANCK * hertz / energyUnit;
    }

    /** {@code E/h} in Hz from a dimensionless energy. */
    public double energyToHertz(double energy) {
        return energy * energyUnit / PLANCK;
    }

    /** Dimensionless temperature {@code k_B T} from a temperature in nK. */
    public double temperatureFromNanoKelvin(double nanoKelvin) {
        return BOLTZMANN * nanoKelvin * 1e-9 / energyUnit;
    }

    /** {@code E/k_B} in nK from a dimensionless energy. */
    public double energyToNanoKelvin(double energy) {
        return energy * energyUnit / BOLTZMANN * 1e9;
    }

    /** Dimensionless time from a time in ms. */
    public double timeFromMilliseconds(double ms) {
        return ms * 1e-3 / timeUnit();
    }

    /** Time in ms from a dimensionless time. */
    public double timeToMilliseconds(double t) {
        return t * timeUnit() * 1e3;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: energy unit h × %.4f Hz = k_B × %.4f nK, time"
                + " unit %.4f ms", atom.label(), energyToHertz(1), energyToNanoKelvin(1),
                timeToMilliseconds(1));
    }
}
