package org.rapidity.framework.observables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.spi.Observable;
import org.rapidity.framework.spi.Snapshot;
import org.rapidity.framework.tba.Statistics;

/** An observable declared by name, view, columns, unit and a function of the view. */
class ViewFunctionTest {

    record Pair(double a, double b) {
    }

    @Test
    void declaresAndEvaluates() {
        Observable o = ViewFunction.of("sum-and-difference", Pair.class, List.of("sum",
                "difference"), "energy", p -> new double[] {p.a() + p.b(), p.a() - p.b()});
        assertEquals("sum-and-difference", o.name());
        assertEquals(List.of("sum", "difference"), o.columns());
        assertEquals("energy", o.unit());
        assertEquals(Pair.class, o.requires());
        assertEquals(List.of(Pair.class), o.views());
        assertArrayEquals(new double[] {5, -1}, o.evaluate(Snapshot.of(0, new Pair(2, 3))),
                0.0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> o.evaluate(Snapshot.of(0, "no pair")));
        assertEquals("observables", e.field());
        assertTrue(e.getMessage().contains("needs a Pair view"), e.getMessage());
    }

    /** A model-specific declaration says what a model needs; the others keep the defaults. */
    @Test
    void onlyForSaysWhatTheModelNeeds() {
        var model = new LorentzianTestModel(1, Statistics.FERMIONIC, 0.7, 1.0);
        ViewFunction<Pair> any = ViewFunction.of("x", Pair.class, List.of("x"), "",
                p -> new double[] {p.a()});
        assertTrue(any.appliesTo(model));
        ViewFunction<Pair> none = any.onlyFor(m -> false, "model dipolar-tubes");
        assertFalse(none.appliesTo(model));
        assertEquals(Optional.of("model dipolar-tubes"), none.whyNot(model));
        assertTrue(any.onlyFor(m -> true, "anything").appliesTo(model));
    }
}
