package org.rapidity.models.multitube;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.rapidity.framework.param.InvalidInputException;

/**
 * Magnetic atoms whose dipolar tubes this module models, with mass and magnetic moment (SI).
 *
 * <ul>
 *   <li>162Dy (gBBGKY paper §VI, after Tang et al., PRX 8, 021030 (2018)): {@code μ = 9.93 μ_B}
 *       as the paper quotes it; mass {@code 161.926 804 u} (CIAAW isotope table), the value the
 *       Lieb-Liniger model's 162Dy units use, so that the two modules agree on the energy
 *       unit.</li>
 * </ul>
 */
public enum DipolarAtom {
    /** Dysprosium 162. */
    DY162("162Dy", 161.926804, 9.93);

    /** Bohr magneton {@code μ_B} in J/T (CODATA 2018, 9.274 010 0783(28) × 10⁻²⁴). */
    public static final double BOHR_MAGNETON = 9.2740100783e-24;
    /** {@code μ0/4π} in N/A² (CODATA 2018: {@code μ0 = 1.256 637 062 12(19) × 10⁻⁶}). */
    public static final double MU0_OVER_4PI = 1.25663706212e-6 / (4 * Math.PI);
    /** Atomic mass constant {@code u} in kg (CODATA 2018). */
    public static final double ATOMIC_MASS_UNIT = 1.66053906660e-27;

    private final String label;
    private final double relativeMass;
    private final double moment;

    DipolarAtom(String label, double relativeMass, double momentInBohrMagnetons) {
        this.label = label;
        this.relativeMass = relativeMass;
        this.moment = momentInBohrMagnetons;
    }

    /** Name as descriptors write it, e.g. {@code 162Dy}. */
    public String label() {
        return label;
    }

    /** Mass in kg. */
    public double mass() {
        return relativeMass * ATOMIC_MASS_UNIT;
    }

    /** Magnetic moment {@code μ} in units of {@code μ_B}. */
    public double momentInBohrMagnetons() {
        return moment;
    }

    /**
     * The dipolar strength {@code C = μ0 μ²/4π} in J m³: two parallel dipoles at distance r
     * interact with {@code C (1 - 3cos²α)/r³}.
     */
    public double dipolarStrength() {
        double mu = moment * BOHR_MAGNETON;
        return MU0_OVER_4PI * mu * mu;
    }

    /** Descriptor names, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(DipolarAtom::label).collect(Collectors.joining(", "));
    }

    /**
     * The atom with this descriptor name.
     *
     * @throws InvalidInputException naming {@code field} and the allowed names
     */
    public static DipolarAtom parse(String field, String label) {
        for (DipolarAtom a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new InvalidInputException(field, "unknown dipolar atom '" + label + "'; allowed: "
                + labels());
    }
}
