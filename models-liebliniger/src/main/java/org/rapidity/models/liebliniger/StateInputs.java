package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * Parameters shared by the Lieb-Liniger states, each given either dimensionless or in
 * laboratory units (which need the model's atom), and their conversion through
 * {@link AtomicUnits}.
 */
final class StateInputs {

    private StateInputs() {
    }

    static ParameterSpec temperature(String of) {
        return ParameterSpec.real("temperature", "temperature k_B T" + of + " (exclusive with"
                + " temperature_nK)", "energy").above(0);
    }

    static ParameterSpec temperatureNanoKelvin(String of) {
        return ParameterSpec.real("temperature_nK", "temperature T" + of + " in nK (needs"
                + " model.atom)", "nK").above(0);
    }

    static ParameterSpec density(String of) {
        return ParameterSpec.real("density", "particle density n" + of, "1/length").above(0);
    }

    static ParameterSpec densityPerMicrometre(String of) {
        return ParameterSpec.real("density_per_um", "particle density" + of + " in atoms per μm"
                + " (needs model.atom)", "1/μm").above(0);
    }

    static ParameterSpec mu(String of) {
        return ParameterSpec.real("mu", "chemical potential μ" + of, "energy");
    }

    static ParameterSpec muHertz(String of) {
        return ParameterSpec.real("mu_Hz", "chemical potential" + of + " as μ/h in Hz (needs"
                + " model.atom)", "Hz");
    }

    /** The Lieb-Liniger model of a space, or an error naming the state. */
    static LiebLiniger model(IntegrableModel m, String state) {
        if (!(m instanceof LiebLiniger)) {
            throw new InvalidInputException("state.name", state + " is a state of the"
                    + " Lieb-Liniger gas (model liebliniger), not of " + m.name());
        }
        return (LiebLiniger) m;
    }

    /** Atomic units for a laboratory-unit parameter, or an error naming it. */
    static AtomicUnits units(LiebLiniger m, Parameters p, String name) {
        Optional<AtomicUnits> u = m.atomicUnits();
        if (u.isEmpty()) {
            throw new InvalidInputException(p.field(name), "laboratory units need an atom: set"
                    + " model.atom (allowed: " + Atom.labels() + ") or give the dimensionless"
                    + " parameter");
        }
        return u.get();
    }

    /** Names of the given parameters among {@code names}. */
    static List<String> given(Parameters p, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (p.has(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Exactly one of {@code names} must be given; returns it. */
    static String exactlyOne(Parameters p, String... names) {
        List<String> g = given(p, names);
        if (g.size() != 1) {
            String field = g.isEmpty() ? p.field(names[0]) : p.field(g.get(1));
            throw new InvalidInputException(field, (g.isEmpty() ? "missing: " : "conflicting: ")
                    + "give exactly one of " + String.join(", ", names)
                    + (g.isEmpty() ? "" : " (got " + String.join(" and ", g) + ")"));
        }
        return g.get(0);
    }

    /** The dimensionless temperature from {@code temperature} or {@code temperature_nK}. */
    static double temperature(LiebLiniger m, Parameters p) {
        String which = exactlyOne(p, "temperature", "temperature_nK");
        if (which.equals("temperature")) {
            return p.real("temperature");
        }
        return units(m, p, which).temperatureFromNanoKelvin(p.real(which));
    }

    /** The dimensionless density from {@code density} or {@code density_per_um}. */
    static double density(LiebLiniger m, Parameters p, String which) {
        if (which.equals("density")) {
            return p.real("density");
        }
        return units(m, p, which).densityFromPerMicrometre(p.real(which));
    }

    /** The dimensionless chemical potential from {@code mu} or {@code mu_Hz}. */
    static double mu(LiebLiniger m, Parameters p, String which) {
        if (which.equals("mu")) {
            return p.real("mu");
        }
        return units(m, p, which).energyFromHertz(p.real(which));
    }
}
