package org.rapidity.framework.param;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Declaration of one parameter of a named component (model, perturbation, solver, observable,
 * initial state, truncation): its name in descriptors, its meaning, its unit, its kind, whether
 * it is required, its default and its admissible range. Components publish their
 * specifications; the runner validates descriptors against them and {@code rapidity list}
 * prints them. Instances are immutable; the {@code with…} methods return modified copies.
 *
 * <pre>{@code
 * ParameterSpec.real("a", "rod length", "length").atLeast(0).required()
 * }</pre>
 */
public final class ParameterSpec {

    /** The value types a descriptor can give. */
    public enum Kind {
        /** A finite floating-point number. */
        REAL("number"),
        /** An integer. */
        INTEGER("integer"),
        /** A string, optionally restricted to an allowed list. */
        TEXT("string"),
        /** {@code true} or {@code false}. */
        BOOLEAN("boolean"),
        /** A list of finite numbers (e.g. a sweep over V0); a single number is a list of one. */
        REAL_LIST("list of numbers"),
        /**
         * A physical value: a number in the model's units, or a string with a laboratory unit
         * ({@link Quantity}), converted where the model is known.
         */
        QUANTITY("number or \"<number> <unit>\"");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Human-readable kind, as printed in error messages. */
        public String label() {
            return label;
        }
    }

    private final String name;
    private final String meaning;
    private final String unit;
    private final Kind kind;
    private final boolean required;
    private final Object defaultValue;
    private final Double min;
    private final boolean minInclusive;
    private final Double max;
    private final boolean maxInclusive;
    private final List<String> allowed;

    private ParameterSpec(String name, String meaning, String unit, Kind kind, boolean required,
            Object defaultValue, Double min, boolean minInclusive, Double max, boolean maxInclusive,
            List<String> allowed) {
        this.name = Objects.requireNonNull(name, "name");
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.unit = unit == null ? "" : unit;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.required = required;
        this.defaultValue = defaultValue;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
        this.maxInclusive = maxInclusive;
        this.allowed = List.copyOf(allowed);
    }

    private static ParameterSpec of(String name, String meaning, String unit, Kind kind) {
        return new ParameterSpec(name, meaning, unit, kind, false, null, null, true, null, true,
                List.of());
    }

    /** A real number parameter, optional with no default until told otherwise. */
    public static ParameterSpec real(String name, String meaning, String unit) {
        return of(name, meaning, unit, Kind.REAL);
    }

    /** An integer parameter. */
    public static ParameterSpec integer(String name, String meaning) {
        return of(name, meaning, "", Kind.INTEGER);
    }

    /** A string parameter. */
    public static ParameterSpec text(String name, String meaning) {
        return of(name, meaning, "", Kind.TEXT);
    }

    /** A boolean parameter. */
    public static ParameterSpec flag(String name, String meaning) {
        return of(name, meaning, "", Kind.BOOLEAN);
    }

    /**
     * A physical value ({@link Quantity}): a number in the model's units ({@code unit} names
     * them), or a string with a laboratory unit.
     */
    public static ParameterSpec quantity(String name, String meaning, String unit) {
        return of(name, meaning, unit, Kind.QUANTITY);
    }

    /** A list of numbers. */
    public static ParameterSpec reals(String name, String meaning, String unit) {
        return of(name, meaning, unit, Kind.REAL_LIST);
    }

    private ParameterSpec copy(boolean required, Object defaultValue, Double min,
            boolean minInclusive, Double max, boolean maxInclusive, List<String> allowed) {
        return new ParameterSpec(name, meaning, unit, kind, required, defaultValue, min,
                minInclusive, max, maxInclusive, allowed);
    }

    /** This parameter must be given. */
    public ParameterSpec required() {
        return copy(true, null, min, minInclusive, max, maxInclusive, allowed);
    }

    /** This parameter is optional and takes {@code value} when absent. */
    public ParameterSpec withDefault(Object value) {
        return copy(false, value, min, minInclusive, max, maxInclusive, allowed);
    }

    /** Values must be {@code >= bound}. */
    public ParameterSpec atLeast(double bound) {
        return copy(required, defaultValue, bound, true, max, maxInclusive, allowed);
    }

    /** Values must be {@code > bound}. */
    public ParameterSpec above(double bound) {
        return copy(required, defaultValue, bound, false, max, maxInclusive, allowed);
    }

    /** Values must be {@code <= bound}. */
    public ParameterSpec atMost(double bound) {
        return copy(required, defaultValue, min, minInclusive, bound, true, allowed);
    }

    /** Values must be {@code < bound}. */
    public ParameterSpec below(double bound) {
        return copy(required, defaultValue, min, minInclusive, bound, false, allowed);
    }

    /** A text parameter restricted to these values. */
    public ParameterSpec oneOf(String... values) {
        return copy(required, defaultValue, min, minInclusive, max, maxInclusive,
                List.of(values));
    }

    /** Name as written in descriptors. */
    public String name() {
        return name;
    }

    /** What the parameter means, in a phrase. */
    public String meaning() {
        return meaning;
    }

    /** Unit of the value (empty for dimensionless or non-numeric parameters). */
    public String unit() {
        return unit;
    }

    /** Value type. */
    public Kind kind() {
        return kind;
    }

    /** Whether a descriptor must give this parameter. */
    public boolean isRequired() {
        return required;
    }

    /** Default value used when the parameter is absent, or {@code null}. */
    public Object defaultValue() {
        return defaultValue;
    }

    /** Allowed values of a text parameter (empty: any). */
    public List<String> allowed() {
        return allowed;
    }

    /** The admissible range as text, e.g. {@code "> 0"} or {@code "in [0, 1)"}; empty if none. */
    public String rangeText() {
        if (!allowed.isEmpty()) {
            return "one of " + String.join(", ", allowed);
        }
        if (min != null && max != null) {
            return "in " + (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max)
                    + (maxInclusive ? "]" : ")");
        }
        if (min != null) {
            return (minInclusive ? ">= " : "> ") + fmt(min);
        }
        if (max != null) {
            return (maxInclusive ? "<= " : "< ") + fmt(max);
        }
        return "";
    }

    /** Whether a number lies in the admissible range. */
    boolean inRange(double x) {
        if (min != null && (minInclusive ? x < min : x <= min)) {
            return false;
        }
        return max == null || (maxInclusive ? x <= max : x < max);
    }

    private static String fmt(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(Locale.ROOT, "%g", x);
    }

    /** One line for listings: {@code name (unit, kind, required|default …, range): meaning}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(" (");
        if (!unit.isEmpty()) {
            sb.append(unit).append(", ");
        }
        sb.append(kind.label());
        if (required) {
            sb.append(", required");
        } else if (defaultValue != null) {
            sb.append(", default ").append(defaultValue instanceof Double
                    ? Parameters.format((Double) defaultValue) : defaultValue);
        } else {
            sb.append(", optional");
        }
        String range = rangeText();
        if (!range.isEmpty()) {
            sb.append(", ").append(range);
        }
        return sb.append("): ").append(meaning).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
