package org.rapidity.framework.param;

import java.util.Locale;
import java.util.Map;
import org.rapidity.framework.spi.LaboratoryUnits;

/**
 * A physical value as a descriptor gives it: a bare number in the model's units, or a string
 * {@code "<number> <unit>"} in laboratory units ({@code "27.6 Hz"}, {@code "-2 1/um"},
 * {@code "-0.038 1/(um ms)"}), converted once, here, with the model's {@link LaboratoryUnits}.
 * Units are products of powers of {@code m, mm, um (μm), nm} (length) and {@code s, ms, us (μs)}
 * and {@code Hz, kHz} (time, {@code Hz = 1/s}: cycles per second), written {@code a b},
 * {@code a·b}, {@code a/b}, {@code 1/(a b)}, {@code a^-1}, {@code a⁻¹}. The dimension must be the
 * one the parameter declares.
 */
public final class Quantity {

    /** A dimension as powers of length and time. */
    public record Dimension(int length, int time, String label) {
        /** 1/length (a Lieb-Liniger coupling). */
        public static final Dimension INVERSE_LENGTH = new Dimension(-1, 0, "1/length");
        /** 1/(length·time) (the rate of a coupling ramp). */
        public static final Dimension INVERSE_LENGTH_TIME = new Dimension(-1, -1,
                "1/(length·time)");
        /** 1/time (a frequency in cycles per time unit). */
        public static final Dimension FREQUENCY = new Dimension(0, -1, "1/time");
    }

    private static final Map<String, double[]> UNITS = Map.ofEntries(
            Map.entry("m", new double[] {1, 1, 0}), Map.entry("mm", new double[] {1e-3, 1, 0}),
            Map.entry("um", new double[] {1e-6, 1, 0}), Map.entry("μm", new double[] {1e-6, 1, 0}),
            Map.entry("nm", new double[] {1e-9, 1, 0}), Map.entry("s", new double[] {1, 0, 1}),
            Map.entry("ms", new double[] {1e-3, 0, 1}), Map.entry("us", new double[] {1e-6, 0, 1}),
            Map.entry("μs", new double[] {1e-6, 0, 1}), Map.entry("Hz", new double[] {1, 0, -1}),
            Map.entry("kHz", new double[] {1e3, 0, -1}));

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
                    + " number with a unit such as \"1 " + example(dimension) + "\", got '"
                    + text + "'");
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
        double[] unit = unit(field, text.substring(space + 1).trim());
        if ((int) unit[1] != dimension.length() || (int) unit[2] != dimension.time()) {
            throw new InvalidInputException(field, "'" + text + "' is not a " + dimension.label()
                    + " (e.g. \"1 " + example(dimension) + "\")");
        }
        if (lab == null) {
            throw new InvalidInputException(field, "a value in laboratory units needs a model"
                    + " with laboratory units (e.g. liebliniger with an atom); give a number in"
                    + " the model's units");
        }
        return number * unit[0] * Math.pow(lab.lengthUnit(), -unit[1])
                * Math.pow(lab.timeUnit(), -unit[2]);
    }

    /** {SI factor, length power, time power} of a unit expression. */
    static double[] unit(String field, String expression) {
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
        double[] total = {1, 0, 0};
        multiply(field, expression, numerator.equals("1") ? "" : numerator, 1, total);
        multiply(field, expression, denominator, -1, total);
        return total;
    }

    private static void multiply(String field, String expression, String tokens, int sign,
            double[] total) {
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
            double[] u = UNITS.get(name);
            if (u == null) {
                throw new InvalidInputException(field, "unknown unit '" + name + "' in '"
                        + expression + "'; known: m, mm, um, nm, s, ms, us, Hz, kHz");
            }
            int p = sign * power;
            total[0] *= Math.pow(u[0], p);
            total[1] += u[1] * p;
            total[2] += u[2] * p;
        }
    }

    private static String example(Dimension d) {
        if (d.equals(Dimension.INVERSE_LENGTH)) {
            return "1/um";
        }
        if (d.equals(Dimension.INVERSE_LENGTH_TIME)) {
            return "1/(um ms)";
        }
        return d.equals(Dimension.FREQUENCY) ? "Hz" : String.format(Locale.ROOT, "m^%d s^%d",
                d.length(), d.time());
    }
}
