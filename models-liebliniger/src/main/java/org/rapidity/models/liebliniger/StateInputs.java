package org.rapidity.models.liebliniger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapidity.framework.param.Deprecation;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.ParameterSpec;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.param.Quantity;
import org.rapidity.framework.spi.IntegrableModel;

/**
 * Parameters shared by the Lieb-Liniger states, each a number in the model's units or a value
 * with a laboratory unit ({@link Quantity}; units need the model's atom): {@code temperature}
 * ({@code "20 nK"}), {@code density} ({@code "1.5 1/um"}), {@code mu} ({@code "300 Hz"}, μ = hν).
 * The pairs {@code temperature_nK}, {@code density_per_um}, {@code mu_Hz} are deprecated aliases,
 * converted as before through {@link AtomicUnits}.
 */
final class StateInputs {

    private StateInputs() {
    }

    static ParameterSpec temperature(String of) {
        return ParameterSpec.quantity("temperature", "temperature k_B T" + of + ": a number in"
                + " energy units, or with a unit, e.g. \"20 nK\" (needs model.atom; allowed"
                + " units: " + Quantity.allowedUnits(Quantity.Dimension.ENERGY) + ")", "energy")
                .above(0);
    }

    static ParameterSpec temperatureNanoKelvin(String of) {
        return ParameterSpec.real("temperature_nK", "deprecated alias: T" + of + " in nK;"
                + " write \"temperature\": \"<T> nK\"", "nK").above(0);
    }

    static ParameterSpec density(String of) {
        return ParameterSpec.quantity("density", "particle density n" + of + ": a number in"
                + " 1/length, or with a unit, e.g. \"1.5 1/um\" (needs model.atom)", "1/length")
                .above(0);
    }

    static ParameterSpec densityPerMicrometre(String of) {
        return ParameterSpec.real("density_per_um", "deprecated alias: density" + of + " in"
                + " atoms per μm; write \"density\": \"<n> 1/um\"", "1/μm").above(0);
    }

    static ParameterSpec mu(String of) {
        return ParameterSpec.quantity("mu", "chemical potential μ" + of + ": a number in energy"
                + " units, or with a unit, e.g. \"300 Hz\" for μ = h × 300 Hz (needs"
                + " model.atom)", "energy");
    }

    static ParameterSpec muHertz(String of) {
        return ParameterSpec.real("mu_Hz", "deprecated alias: μ/h" + of + " in Hz; write"
                + " \"mu\": \"<ν> Hz\"", "Hz");
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
                    + " model.atom (allowed: " + Atom.labels() + ") or give a number in the"
                    + " model's units");
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
            return positive(p, which, quantity(m, p, which, Quantity.Dimension.ENERGY));
        }
        deprecated(p, which, "temperature", "nK");
        return units(m, p, which).temperatureFromNanoKelvin(p.real(which));
    }

    /** The dimensionless density from {@code density} or {@code density_per_um}. */
    static double density(LiebLiniger m, Parameters p, String which) {
        if (which.equals("density")) {
            return positive(p, which, quantity(m, p, which, Quantity.Dimension.INVERSE_LENGTH));
        }
        deprecated(p, which, "density", "1/um");
        return units(m, p, which).densityFromPerMicrometre(p.real(which));
    }

    /** The dimensionless chemical potential from {@code mu} or {@code mu_Hz}. */
    static double mu(LiebLiniger m, Parameters p, String which) {
        if (which.equals("mu")) {
            return quantity(m, p, which, Quantity.Dimension.ENERGY);
        }
        deprecated(p, which, "mu", "Hz");
        return units(m, p, which).energyFromHertz(p.real(which));
    }

    /** A quantity parameter in model units; one with a unit needs the model's atom. */
    private static double quantity(LiebLiniger m, Parameters p, String name,
            Quantity.Dimension dimension) {
        AtomicUnits lab = p.hasUnit(name) ? units(m, p, name) : null;
        return p.quantity(name, dimension, lab);
    }

    /** The range check of a value given with a unit (a bare number is checked on reading). */
    private static double positive(Parameters p, String name, double value) {
        if (!(value > 0)) {
            throw new InvalidInputException(p.field(name), "must be > 0, got " + value
                    + " in model units");
        }
        return value;
    }

    private static void deprecated(Parameters p, String alias, String name, String unit) {
        Deprecation.alias(p.field(alias), "\"" + name + "\": \"" + Parameters.format(
                p.real(alias)) + " " + unit + "\"");
    }
}
