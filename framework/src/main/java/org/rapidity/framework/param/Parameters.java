package org.rapidity.framework.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The validated parameter values of one component, keyed by name. Values are {@link Double},
 * {@link Integer}, {@link String}, {@link Boolean} or an unmodifiable {@code List<Double>},
 * according to each {@link ParameterSpec}. Instances are immutable and only built by
 * {@link #validate}, so a component receiving one may rely on every required value being
 * present, of the declared kind and in range.
 */
public final class Parameters {

    private static final Parameters EMPTY = new Parameters("", Map.of());

    private final String path;
    private final Map<String, Object> values;

    private Parameters(String path, Map<String, Object> values) {
        this.path = path;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No parameters. */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * Checks raw values (as parsed from JSON: numbers, strings, booleans, lists) against
     * specifications and fills defaults.
     *
     * @param path dotted path of the component in the descriptor (e.g. {@code model}), used in
     *     error messages
     * @param specs the component's declared parameters
     * @param raw the values given; keys not declared are errors
     * @return validated parameters
     * @throws InvalidInputException naming the field, for a missing, unknown, mistyped,
     *     non-finite or out-of-range value
     */
    public static Parameters validate(String path, List<ParameterSpec> specs,
            Map<String, ?> raw) {
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        for (ParameterSpec s : specs) {
            byName.put(s.name(), s);
        }
        for (String key : raw.keySet()) {
            if (!byName.containsKey(key)) {
                String allowed = byName.isEmpty() ? "none"
                        : String.join(", ", byName.keySet());
                throw new InvalidInputException(join(path, key),
                        "unknown parameter; allowed: " + allowed);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            String field = join(path, spec.name());
            Object value = raw.get(spec.name());
            if (value == null) {
                if (spec.isRequired()) {
                    throw new InvalidInputException(field, "required parameter is missing ("
                            + spec.describe() + ")");
                }
                if (spec.defaultValue() == null) {
                    continue;
                }
                value = spec.defaultValue();
            }
            out.put(spec.name(), convert(field, spec, value));
        }
        return new Parameters(path, out);
    }

    private static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    private static Object convert(String field, ParameterSpec spec, Object value) {
        switch (spec.kind()) {
            case REAL: {
                double x = toReal(field, spec, value);
                checkRange(field, spec, x);
                return x;
            }
            case INTEGER: {
                double x = toReal(field, spec, value);
                if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
                    throw new InvalidInputException(field,
                            "expected an integer, got " + show(value));
                }
                checkRange(field, spec, x);
                return (int) x;
            }
            case BOOLEAN:
                if (value instanceof Boolean) {
                    return value;
                }
                if ("true".equals(value) || "false".equals(value)) {
                    return Boolean.valueOf((String) value);
                }
                throw new InvalidInputException(field, "expected true or false, got "
                        + show(value));
            case TEXT: {
                if (!(value instanceof String)) {
                    throw new InvalidInputException(field, "expected a string, got "
                            + show(value));
                }
                String s = (String) value;
                if (!spec.allowed().isEmpty() && !spec.allowed().contains(s)) {
                    throw new InvalidInputException(field, "unknown value '" + s
                            + "'; allowed: " + String.join(", ", spec.allowed()));
                }
                return s;
            }
            case QUANTITY: {
                if (value instanceof Number) {
                    double x = toReal(field, spec, value);
                    checkRange(field, spec, x);
                    return x;
                }
                if (!(value instanceof String)) {
                    throw new InvalidInputException(field, "expected a number or a string"
                            + " \"<number> <unit>\", got " + show(value));
                }
                return value;
            }
            case REAL_LIST: {
                List<?> items = value instanceof List ? (List<?>) value : List.of(value);
                if (items.isEmpty()) {
                    throw new InvalidInputException(field, "expected at least one number");
                }
                List<Double> xs = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    String f = field + "." + i;
                    double x = toReal(f, spec, items.get(i));
                    checkRange(f, spec, x);
                    xs.add(x);
                }
                return List.copyOf(xs);
            }
            default:
                throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    /** The number grammar of JSON (RFC 8259, section 6): what a number written as text may be. */
    private static final java.util.regex.Pattern JSON_NUMBER = java.util.regex.Pattern.compile(
            "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private static double toReal(String field, ParameterSpec spec, Object value) {
        double x;
        if (value instanceof Number) {
            x = ((Number) value).doubleValue();
        } else if (value instanceof String) {
            try {
                String text = ((String) value).trim();
                if (!JSON_NUMBER.matcher(text).matches()) {
                    // Java's own syntax (1f, 0x1p0, 1d, Infinity) is not a number here
                    throw new NumberFormatException(text);
                }
                x = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "expected " + article(spec.kind())
                        + (spec.unit().isEmpty() ? "" : " in " + spec.unit()) + ", got "
                        + show(value));
            }
        } else {
            throw new InvalidInputException(field, "expected " + article(spec.kind())
                    + ", got " + show(value));
        }
        if (!Double.isFinite(x)) {
            throw new InvalidInputException(field, "expected a finite number, got "
                    + show(value));
        }
        return x;
    }

    private static String article(ParameterSpec.Kind kind) {
        String label = kind.label();
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static void checkRange(String field, ParameterSpec spec, double x) {
        if (!spec.inRange(x)) {
            throw new InvalidInputException(field, "value " + show(x) + " out of range: must be "
                    + spec.rangeText() + " (" + spec.meaning() + ")");
        }
    }

    private static String show(Object value) {
        if (value instanceof String) {
            return "'" + value + "'";
        }
        if (value instanceof Double) {
            return format((Double) value);
        }
        return String.valueOf(value);
    }

    /**
     * A number as users wrote it: integers without a decimal point, others with up to six
     * significant digits and no trailing zeros ({@code 1}, {@code 0.2}, {@code 1.2e-07}).
     */
    public static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", x);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }

    /** Dotted descriptor path of the component these parameters belong to. */
    public String path() {
        return path;
    }

    /** Dotted path of one parameter, for error messages. */
    public String field(String name) {
        return join(path, name);
    }

    /** Whether a value (given or defaulted) is present. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new InvalidInputException(field(name), "required parameter is missing");
        }
        return v;
    }

    /**
     * A physical value in the model's units: the number given, or the string with a unit
     * converted with the model's laboratory units ({@link Quantity}).
     *
     * @param lab the model's laboratory units, or null when it has none
     */
    public double quantity(String name, Quantity.Dimension dimension,
            org.rapidity.framework.spi.LaboratoryUnits lab) {
        return Quantity.toModel(field(name), require(name), dimension, lab);
    }

    /** Whether a quantity parameter was given with a unit (as text) rather than as a number. */
    public boolean hasUnit(String name) {
        return values.get(name) instanceof String;
    }

    /** A real value. */
    public double real(String name) {
        return ((Number) require(name)).doubleValue();
    }

    /** A real value if present. */
    public Optional<Double> optionalReal(String name) {
        return has(name) ? Optional.of(real(name)) : Optional.empty();
    }

    /** An integer value. */
    public int integer(String name) {
        return ((Number) require(name)).intValue();
    }

    /** A text value. */
    public String text(String name) {
        return (String) require(name);
    }

    /** A boolean value. */
    public boolean flag(String name) {
        return (Boolean) require(name);
    }

    /** A list of reals. */
    public double[] reals(String name) {
        Object v = require(name);
        if (v instanceof List) {
            return ((List<?>) v).stream().mapToDouble(x -> ((Number) x).doubleValue()).toArray();
        }
        return new double[] {((Number) v).doubleValue()};
    }

    /** All values, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && ((Parameters) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
