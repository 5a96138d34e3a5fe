package org.rapidity.framework.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * A physical value as a descriptor gives it: a bare number in the model's units, or a string
 * {@code "<number> <unit>"} in laboratory units ({@code "27.6 Hz"}, {@code "-2 1/um"},
 * {@code "-0.038 1/(um ms)"}, {@code "20 nK"}, {@code "300 Hz"}), converted once, here, with the
 * model's {@link LaboratoryUnits}.
 *
 * <p>Units are products of powers of {@code m, mm, um (μm), nm} (length), {@code s, ms, us (μs)}
 * and {@code Hz, kHz, MHz} (time, {@code Hz = 1/s}: cycles per second) and
 * {@code K, mK, uK (μK), nK} (temperature), written {@code a b}, {@code a·b}, {@code a/b},
 * {@code 1/(a b)}, {@code a^-1}, {@code a⁻¹}. The dimension must be the one the parameter
 * declares, with the two conventions of cold-atom papers for an energy: a frequency {@code ν}
 * stands for {@code E = hν} and a temperature {@code T} for {@code E = k_B T} (h and k_B exact,
 * SI 2019, {@link LaboratoryUnits#PLANCK}, {@link LaboratoryUnits#BOLTZMANN}).
 *
 * <p>Arithmetic: each unit enters as the ratio of its SI size to the model's unit of that
 * dimension ({@code um / lengthUnit}), so a value already in the model's units converts exactly
 * ({@code "0.8 1/um"} is 0.8 for a model whose length unit is 1 μm); an energy is
 * {@code ((h or k_B) × number × SI factor) / energyUnit}, the order of {@code AtomicUnits}.
 */
public final class Quantity {

    /**
     * A dimension as powers of length, time and energy; an energy ({@code energy = 1}) has no
     * length or time power here.
     */
    public record Dimension(int length, int time, int energy, String label) {
        /** 1/length (a Lieb-Liniger coupling, a density). */
        public static final Dimension INVERSE_LENGTH = new Dimension(-1, 0, 0, "1/length");
        /** 1/(length·time) (the rate of a coupling ramp). */
        public static final Dimension INVERSE_LENGTH_TIME = new Dimension(-1, -1, 0,
                "1/(length·time)");
        /** 1/time (a frequency in cycles per time unit). */
        public static final Dimension FREQUENCY = new Dimension(0, -1, 0, "1/time");
        /** An energy (a chemical potential, a temperature {@code k_B T}). */
        public static final Dimension ENERGY = new Dimension(0, 0, 1, "energy");

        /** The unit powers {length, time, temperature} a value of this dimension may carry. */
        List<int[]> accepted() {
            if (energy == 0) {
                return List.of(new int[] {length, time, 0});
            }
            return List.of(new int[] {length, time - 1, 0}, new int[] {length, time, 1});
        }
    }

    /** A laboratory unit: its size in SI units and its powers of length, time, temperature. */
    private record Unit(double si, int length, int time, int temperature) {
    }

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("m", new Unit(1, 1, 0, 0));
        UNITS.put("mm", new Unit(1e-3, 1, 0, 0));
        UNITS.put("um", new Unit(1e-6, 1, 0, 0));
        UNITS.put("μm", new Unit(1e-6, 1, 0, 0));
        UNITS.put("nm", new Unit(1e-9, 1, 0, 0));
        UNITS.put("s", new Unit(1, 0, 1, 0));
        UNITS.put("ms", new Unit(1e-3, 0, 1, 0));
        UNITS.put("us", new Unit(1e-6, 0, 1, 0));
        UNITS.put("μs", new Unit(1e-6, 0, 1, 0));
        UNITS.put("Hz", new Unit(1, 0, -1, 0));
        UNITS.put("kHz", new Unit(1e3, 0, -1, 0));
        UNITS.put("MHz", new Unit(1e6, 0, -1, 0));
        UNITS.put("K", new Unit(1, 0, 0, 1));
        UNITS.put("mK", new Unit(1e-3, 0, 0, 1));
        UNITS.put("uK", new Unit(1e-6, 0, 0, 1));
        UNITS.put("μK", new Unit(1e-6, 0, 0, 1));
        UNITS.put("nK", new Unit(1e-9, 0, 0, 1));
    }

    private Quantity() {
    }

    /**
     * The value in the model's units.
     *
     * @param field the descriptor field, for errors
     * @param raw a number (model units) or a string with a unit
     * @param dimension what the parameter measures
     * @param lab the model's laboratory units, or null if it has none
     */
    public static double toModel(String field, Object raw, Dimension dimension,
            LaboratoryUnits lab) {
        if (raw instanceof Number) {
            return ((Number) raw).doubleValue();
        }
        String text = String.valueOf(raw).trim();
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new InvalidInputException(field, "expected a number (model units) or a"
                    + " number with a unit such as \"1 " + example(dimension) + "\" (allowed"
                    + " units: " + allowedUnits(dimension) + "), got '" + text + "'");
        }
        double number;
        try {
            number = Double.parseDouble(text.substring(0, space));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + text + "' does not start with a number");
        }
        if (!Double.isFinite(number)) {
            throw new InvalidInputException(field, "expected a finite number, got '" + text + "'");
        }
        String expression = text.substring(space + 1).trim();
        Parsed unit = parse(field, expression);
        int[] powers = {unit.length, unit.time, unit.temperature};
        int form = -1;
        for (int i = 0; i < dimension.accepted().size(); i++) {
            if (java.util.Arrays.equals(dimension.accepted().get(i), powers)) {
                form = i;
            }
        }
        if (form < 0) {
            throw new InvalidInputException(field, "'" + text + "' is not " + article(dimension)
                    + dimension.label() + "; allowed units: " + allowedUnits(dimension));
        }
        if (lab == null) {
            throw new InvalidInputException(field, "a value in laboratory units needs a model"
                    + " with laboratory units (e.g. liebliniger with an atom); give a number in"
                    + " the model's units");
        }
        if (dimension.energy() == 0) {
            double ratio = 1;
            for (Factor f : unit.factors) {
                // a unit is (base length or time)^±1 (Hz = (1 s)⁻¹, kHz = (1 ms)⁻¹); it enters
                // as (base / model unit)^q, written so that a base equal to the model's is 1
                int sign = f.unit.length + f.unit.time;
                double base = sign > 0 ? f.unit.si : 1 / f.unit.si;
                double modelUnit = f.unit.length != 0 ? lab.lengthUnit() : lab.timeUnit();
                int q = sign * f.power;
                ratio *= q > 0 ? Math.pow(base / modelUnit, q) : Math.pow(modelUnit / base, -q);
            }
            return number * ratio;
        }
        double si = 1;
        for (Factor f : unit.factors) {
            si *= Math.pow(f.unit.si, f.power);
        }
        double constant = form == 0 ? LaboratoryUnits.PLANCK : LaboratoryUnits.BOLTZMANN;
        return constant * number * si / lab.energyUnit();
    }

    /** One unit raised to a power within an expression. */
    private record Factor(Unit unit, int power) {
    }

    /** A parsed unit expression: its factors and net powers of length, time, temperature. */
    private record Parsed(List<Factor> factors, int length, int time, int temperature) {
    }

    private static Parsed parse(String field, String expression) {
        String e = expression.replace("·", " ").replace("*", " ").replace("⁻¹", "^-1")
                .replace("²", "^2").replace("⁻²", "^-2");
        String numerator = e;
        String denominator = "";
        int slash = e.indexOf('/');
        if (slash >= 0) {
            numerator = e.substring(0, slash).trim();
            denominator = e.substring(slash + 1).trim();
            if (denominator.startsWith("(") && denominator.endsWith(")")) {
                denominator = denominator.substring(1, denominator.length() - 1);
            }
        }
        List<Factor> factors = new ArrayList<>();
        collect(field, expression, numerator.equals("1") ? "" : numerator, 1, factors);
        collect(field, expression, denominator, -1, factors);
        int l = 0;
        int t = 0;
        int k = 0;
        for (Factor f : factors) {
            l += f.unit.length * f.power;
            t += f.unit.time * f.power;
            k += f.unit.temperature * f.power;
        }
        return new Parsed(factors, l, t, k);
    }

    private static void collect(String field, String expression, String tokens, int sign,
            List<Factor> factors) {
        for (String token : tokens.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int power = 1;
            int caret = token.indexOf('^');
            String name = token;
            if (caret >= 0) {
                name = token.substring(0, caret);
                try {
                    power = Integer.parseInt(token.substring(caret + 1));
                } catch (NumberFormatException ex) {
                    throw new InvalidInputException(field, "bad power in unit '" + expression
                            + "'");
                }
            }
            Unit u = UNITS.get(name);
            if (u == null) {
                throw new InvalidInputException(field, "unknown unit '" + name + "' in '"
                        + expression + "'; known: " + String.join(", ", UNITS.keySet()));
            }
            factors.add(new Factor(u, sign * power));
        }
    }

    /**
     * The single units and simple quotients a value of {@code dimension} may be written in, for
     * listings and errors, e.g. {@code "Hz, kHz, MHz (E = hν), K, mK, uK, μK, nK (E = k_B T)"}.
     */
    public static String allowedUnits(Dimension dimension) {
        if (dimension.equals(Dimension.INVERSE_LENGTH)) {
            return "1/m, 1/mm, 1/um, 1/nm";
        }
        if (dimension.equals(Dimension.INVERSE_LENGTH_TIME)) {
            return "1/(um ms), 1/(um s), … (a length and a time in the denominator)";
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dimension.accepted().size(); i++) {
            int[] want = dimension.accepted().get(i);
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, Unit> u : UNITS.entrySet()) {
                Unit x = u.getValue();
                if (x.length == want[0] && x.time == want[1] && x.temperature == want[2]) {
                    names.add(u.getKey());
                }
            }
            String note = dimension.energy() == 0 ? "" : i == 0 ? " (E = hν)" : " (E = k_B T)";
            out.add(String.join(", ", names) + note);
        }
        return String.join(", ", out);
    }

    private static String article(Dimension d) {
        return d.label().startsWith("1") ? "a " : "an ";
    }

    private static String example(Dimension d) {
        if (d.equals(Dimension.INVERSE_LENGTH)) {
            return "1/um";
        }
        if (d.equals(Dimension.INVERSE_LENGTH_TIME)) {
            return "1/(um ms)";
        }
        return d.equals(Dimension.ENERGY) ? "nK" : "Hz";
    }
}
