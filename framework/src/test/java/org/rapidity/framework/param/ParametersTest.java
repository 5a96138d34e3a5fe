package org.rapidity.framework.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation errors name the field and say what is allowed. */
class ParametersTest {

    static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.real("a", "rod length", "length").atLeast(0).required(),
            ParameterSpec.integer("points", "grid points").atLeast(2).withDefault(100),
            ParameterSpec.text("rule", "quadrature").oneOf("gauss-legendre", "uniform")
                    .withDefault("uniform"),
            ParameterSpec.reals("V0", "strengths", "energy").atLeast(0));

    static String message(Map<String, ?> raw) {
        return assertThrows(InvalidInputException.class,
                () -> Parameters.validate("model", SPECS, raw)).getMessage();
    }

    @Test
    void fillsDefaultsAndConvertsKinds() {
        Parameters p = Parameters.validate("model", SPECS, Map.of("a", 1, "V0", List.of(1, 2.5)));
        assertEquals(1.0, p.real("a"));
        assertEquals(100, p.integer("points"));
        assertEquals("uniform", p.text("rule"));
        assertArrayEquals(new double[] {1, 2.5}, p.reals("V0"));
        assertEquals("model.a", p.field("a"));
    }

    @Test
    void missingRequiredParameterNamesTheField() {
        String m = message(Map.of());
        assertTrue(m.startsWith("model.a: required parameter is missing"), m);
        assertTrue(m.contains("rod length"), m);
    }

    @Test
    void negativeValueNamesTheFieldAndTheRange() {
        String m = message(Map.of("a", -1));
        assertTrue(m.startsWith("model.a: value -1 out of range: must be >= 0"), m);
    }

    @Test
    void nonFiniteAndNonNumericValuesAreRejected() {
        // NaN is not a JSON number: refused as text (issue 13: JSON numbers only)
        assertTrue(message(Map.of("a", "NaN")).contains("expected a number in length, got"
                + " 'NaN'"));
        assertTrue(message(Map.of("a", Double.POSITIVE_INFINITY)).contains("finite"));
        assertTrue(message(Map.of("a", "one")).contains("expected a number in length"));
        assertTrue(message(Map.of("a", 1, "points", 2.5)).startsWith("model.points: expected an"
                + " integer"));
    }

    @Test
    void unknownParameterListsTheAllowedOnes() {
        String m = message(Map.of("a", 1, "b", 2));
        assertEquals("model.b: unknown parameter; allowed: a, points, rule, V0", m);
    }

    @Test
    void textParameterListsAllowedValues() {
        String m = message(Map.of("a", 1, "rule", "simpson"));
        assertEquals("model.rule: unknown value 'simpson'; allowed: gauss-legendre, uniform", m);
    }

    @Test
    void listElementsAreCheckedOneByOne() {
        String m = message(Map.of("a", 1, "V0", List.of(1, -2)));
        assertTrue(m.startsWith("model.V0.1: value -2 out of range"), m);
    }
}
