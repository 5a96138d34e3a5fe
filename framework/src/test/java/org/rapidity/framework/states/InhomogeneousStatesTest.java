package org.rapidity.framework.states;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapidity.framework.conformance.LorentzianTestModel;
import org.rapidity.framework.param.Expression;
import org.rapidity.framework.param.InvalidInputException;
import org.rapidity.framework.param.Parameters;
import org.rapidity.framework.spi.InhomogeneousState;
import org.rapidity.framework.tba.Gge;
import org.rapidity.framework.tba.ModeSpace;
import org.rapidity.framework.tba.QuadratureGrid;
import org.rapidity.framework.tba.TbaState;

/** Bipartitions, thermal profiles, filling tables and the expression language. */
class InhomogeneousStatesTest {

    static ModeSpace space(double c) {
        return ModeSpace.of(new LorentzianTestModel(1, org.rapidity.framework.tba.Statistics.FERMIONIC,
                0.5, c), QuadratureGrid.uniform(-6, 6, 20));
    }

    static TbaState thermal(ModeSpace s, double beta, double mu) {
        return Gge.solve(s, Gge.thermalDrivingTerm(s, beta, mu, 0)).state();
    }

    @Test
    void expressionsEvaluateAndRefuseBadInput() {
        Expression e = Expression.parse("f", "1 + 0.5*tanh(x/2) - -x^2 + max(x, 0) * pi");
        double x = 0.7;
        assertEquals(1 + 0.5 * Math.tanh(x / 2) + x * x + x * Math.PI, e.applyAsDouble(x),
                1e-15);
        assertEquals(-4, Expression.parse("f", "-2^2").applyAsDouble(0), 0);
        assertEquals(1e-3, Expression.parse("f", "1e-3").applyAsDouble(0), 0);
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> Expression.parse("state.mu", "2*y"));
        assertEquals("state.mu", bad.field());
        assertThrows(InvalidInputException.class, () -> Expression.parse("f", "exp(1, 2)"));
        assertThrows(InvalidInputException.class, () -> Expression.parse("f", "(1 + x"));
        InvalidInputException nan = assertThrows(InvalidInputException.class,
                () -> Expression.parse("state.beta", "1/x").applyAsDouble(0));
        assertEquals("state.beta", nan.field());
    }

    @Test
    void bipartitionJumpsAtItsJunctionAndRefusesTwoModels() {
        ModeSpace s = space(1);
        TbaState l = thermal(s, 1, 1);
        TbaState r = new VacuumStateProvider().create(s, Parameters.empty());
        Bipartition b = new Bipartition(l, r, 0.5, "state");
        assertArrayEquals(l.filling(), b.filling(0.49), 0);
        assertArrayEquals(new double[s.size()], b.filling(0.51), 0);
        assertArrayEquals(new double[] {0.5}, b.jumps(), 0);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Bipartition(l, thermal(space(2), 1, 1), 0, "state"));
        assertEquals("state.right", e.field());
    }

    @Test
    void thermalProfileIsTheLocalGibbsState() {
        ModeSpace s = space(1);
        ThermalProfileStateProvider p = new ThermalProfileStateProvider();
        InhomogeneousState st = p.createInhomogeneous(s, Parameters.validate("state",
                p.parameters(), Map.of("beta", "1 + 0.5*tanh(x)", "mu", "0.2*x")), Map.of());
        double x = 1.3;
        assertArrayEquals(thermal(s, 1 + 0.5 * Math.tanh(x), 0.2 * x).filling(),
                st.filling(x), 1e-14);
        InhomogeneousState bad = p.createInhomogeneous(s, Parameters.validate("state",
                p.parameters(), Map.of("beta", "1 + x", "mu", "0")), Map.of());
        assertEquals("state.beta", assertThrows(InvalidInputException.class,
                () -> bad.fillings(new double[] {-2, 1})).field());
        assertEquals("state.mu", assertThrows(InvalidInputException.class,
                () -> p.createInhomogeneous(s, Parameters.validate("state", p.parameters(),
                        Map.of("beta", "1", "mu", "log(x)")), Map.of())).field());
    }

    @Test
    void fillingTableInterpolatesAndRefusesBadRows() {
        ModeSpace s = space(1);
        List<String> good = List.of("x,theta,n", "0,-7,0.5", "0,7,0.5", "2,-7,0.1", "2,7,0.3");
        InhomogeneousState st = FillingTableStateProvider.read(s, good, "state.file", "t.csv");
        double[] mid = st.filling(1);
        for (int k = 0; k < s.size(); k++) {
            double th = s.theta(k);
            double at0 = 0.5;
            double at2 = 0.1 + 0.2 * (th + 7) / 14;
            assertEquals(0.5 * (at0 + at2), mid[k], 1e-14);
        }
        assertArrayEquals(st.filling(-5), st.filling(0), 0);
        for (List<String> bad : List.of(
                List.of("x,theta,n", "0,-7,0.5", "0,7,1.5"),
                List.of("x,theta,n", "0,-7,0.5", "0,7,0.5", "2,-7,0.1"),
                List.of("x,theta,n", "0,-7,0.5", "0,7,NaN"),
                List.of("x,theta", "0,-7"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> FillingTableStateProvider.read(s, bad, "state.file", "t.csv"));
            assertEquals("state.file", e.field());
            assertTrue(e.getMessage().contains("t.csv"), e.getMessage());
        }
    }
}
