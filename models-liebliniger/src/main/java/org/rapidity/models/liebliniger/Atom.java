package org.rapidity.models.liebliniger;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.rapidity.framework.param.InvalidInputException;

/**
 * Atomic species whose laboratory units the Lieb-Liniger model knows, with their atomic masses.
 *
 * <ul>
 *   <li>133Cs (the strings paper's gas): {@code 132.905 451 961 u}, NIST "Atomic Weights and
 *       Isotopic Compositions" (AME2016), consistent with the IUPAC 2013 value
 *       {@code 132.905 451 96(6)} (Meija et al., Pure Appl. Chem. 88, 265 (2016)).</li>
 *   <li>162Dy (the gBBGKY paper's dipolar gas, §VI): {@code 161.926 804(5) u}, CIAAW isotope
 *       table (ciaaw.org/dysprosium.htm, from the atomic mass evaluation).</li>
 * </ul>
 */
public enum Atom {
    /** Caesium 133. */
    CS133("133Cs", 132.905451961),
    /** Dysprosium 162. */
    DY162("162Dy", 161.926804);

    /** Atomic mass constant {@code u} in kg (CODATA 2018, 1.660 539 066 60(50) × 10⁻²⁷ kg). */
    public static final double ATOMIC_MASS_UNIT = 1.66053906660e-27;

    private final String label;
    private final double relativeMass;

    Atom(String label, double relativeMass) {
        this.label = label;
        this.relativeMass = relativeMass;
    }

    /** Name as written in descriptors, e.g. {@code 133Cs}. */
    public String label() {
        return label;
    }

    /** Atomic mass in units of {@code u}. */
    public double relativeMass() {
        return relativeMass;
    }

    /** Mass in kg. */
    public double mass() {
        return relativeMass * ATOMIC_MASS_UNIT;
    }

    /** Descriptor names of all atoms, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(Atom::label).collect(Collectors.joining(", "));
    }

    /**
     * The atom with this descriptor name.
     *
     * @throws InvalidInputException naming {@code field} and the allowed names
     */
    public static Atom parse(String field, String label) {
        for (Atom a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new InvalidInputException(field, "unknown atom '" + label + "'; allowed: "
                + labels());
    }
}
